using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Schedules;
using ReportGraph.Rendering;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Produces one execution's report: the plugin with its parameters and reporting period (under the time limit),
/// every requested format streamed into artifacts with size and SHA-256. Problems become <see cref="ReportFailedException"/>.
/// </summary>
public sealed class ReportProducer(
    ReportTypeRegistry reportTypes,
    ParameterOptionsCheck parameterOptions,
    ReportRenderers renderers,
    IReportDataSources dataSources,
    IReportingPeriods periods,
    ReportGraphTelemetry telemetry,
    ArtifactStore artifactStore,
    TimeProvider clock,
    IOptions<ExecutionOptions> options,
    IServiceProvider services,
    ILoggerFactory loggers,
    ILogger<ReportProducer> logger)
{
    private ExecutionOptions Options => options.Value;

    /// <summary>
    /// The report, ready for delivery, and the rows over all tables. A personalised schedule (a recipient with parameters
    /// of their own) gets one report per distinct effective parameter set, each for the readers of that set only; a set
    /// that fails leaves its readers in <see cref="ProducedRun.Unsent"/> while the others go out. Throws
    /// <see cref="ReportFailedException"/> when nothing could be produced. A test run (<paramref name="testAddress"/>)
    /// uses the parameters of the requester's own recipient row when they have one, otherwise the schedule's.
    /// </summary>
    internal async Task<ProducedRun> ProduceAsync(ReportGraphDbContext db, Execution execution, Schedule schedule,
        ArtifactWriter writer, string? testAddress, CancellationToken cancellationToken)
    {
        var type = reportTypes.Find(schedule.ReportTypeKey);
        if (type?.Definition is not { } definition)
        {
            throw new ReportFailedException(type is null
                ? $"Report type '{schedule.ReportTypeKey}' is not installed."
                : $"Report type '{schedule.ReportTypeKey}' is unavailable: {type.UnavailableReason}");
        }

        var sets = await ParameterSetsAsync(db, schedule, testAddress, cancellationToken);
        var previous = await db.Executions
            .Where(e => e.ScheduleId == schedule.Id && e.Trigger == ExecutionTrigger.Scheduled && e.ScheduledFor < execution.ScheduledFor)
            .OrderByDescending(e => e.ScheduledFor).Select(e => (DateTimeOffset?)e.ScheduledFor).FirstOrDefaultAsync(cancellationToken);
        ScheduledPeriod scheduled;
        try
        {
            // A manual or test run reports on the last complete period, not the days since the same weekday last week.
            scheduled = execution.Trigger == ExecutionTrigger.Scheduled
                ? periods.For(schedule, execution.ScheduledFor, previous)
                : periods.LastComplete(schedule, execution.ScheduledFor, previous);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new ReportFailedException($"Time zone '{schedule.TimeZoneId}' is not known on this machine.", ex);
        }

        execution.PeriodStart = scheduled.Period.Start;
        execution.PeriodEnd = scheduled.Period.End;
        execution.PeriodLabel = scheduled.Period.Label;
        execution.ReportVersion = definition.Version;

        // A retried attempt starts its files afresh.
        await db.Artifacts.Where(a => a.ExecutionId == execution.Id).ExecuteDeleteAsync(cancellationToken);
        writer.DeleteAll();

        if (sets is null)
        {
            var report = await ProduceOneAsync(db, execution, schedule, definition, scheduled, schedule.ParametersJson, null, writer, cancellationToken);
            return new ProducedRun([report.Report], [], report.Rows);
        }

        var reports = new List<ExecutionReport>();
        var unsent = new List<UnsentReaders>();
        long rows = 0;
        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            if (!set.Generate)
            {
                unsent.Add(new UnsentReaders(set.Readers, set.Key, "Skipped: every reader of this parameter set unsubscribed"));
                continue;
            }

            try
            {
                var produced = await ProduceOneAsync(db, execution, schedule, definition, scheduled, set.Key, set, writer.ForSet($"set-{i + 1}"), cancellationToken);
                reports.Add(produced.Report);
                rows += produced.Rows;
            }
            catch (ReportFailedException ex)
            {
                logger.LogWarning("Execution {ExecutionId}: the report for parameters {Parameters} failed: {Reason}", execution.Id, set.Key, ex.Message);
                unsent.Add(new UnsentReaders(set.Readers, set.Key, $"Not sent: the report for this reader's parameters {set.Key} failed: {ex.Message}"));
            }
        }

        if (reports.Count == 0 && unsent.Any(u => !u.Reason.StartsWith("Skipped", StringComparison.Ordinal)))
        {
            throw new ReportFailedException(string.Join(" ", unsent.Where(u => !u.Reason.StartsWith("Skipped", StringComparison.Ordinal)).Select(u => u.Reason).Distinct()));
        }

        return new ProducedRun(reports, unsent, rows);
    }

    /// <summary>One parameter set of a personalised schedule: its effective parameters (canonical JSON) and its readers.</summary>
    private sealed record ParameterSet(string Key, IReadOnlyList<Guid> Readers, ReportRecipient? Recipient, bool Generate);

    /// <summary>
    /// The distinct effective parameter sets of a personalised schedule, in the order of their first reader; null when the
    /// schedule is not personalised (every reader gets the schedule's report). A set only unsubscribed readers share is
    /// not generated. For a test, the single set of the requester's own recipient row, if they have parameters of their own.
    /// </summary>
    private async Task<List<ParameterSet>?> ParameterSetsAsync(ReportGraphDbContext db, Schedule schedule, string? testAddress, CancellationToken cancellationToken)
    {
        var readers = await db.Recipients.AsNoTracking().Where(r => r.ScheduleId == schedule.Id)
            .OrderBy(r => r.AddedAt).ThenBy(r => r.NormalizedEmail)
            .Select(r => new { r.Id, r.Email, r.NormalizedEmail, r.DisplayName, r.IsSubscribed, r.ParametersJson })
            .ToListAsync(cancellationToken);
        if (!readers.Any(r => r.ParametersJson is not null))
        {
            return null;
        }

        var definition = reportTypes.Find(schedule.ReportTypeKey)!.Definition!;
        string KeyOf(string? own)
        {
            var merged = ParameterOverrides.Merge(schedule.ParametersJson, own);
            var bound = ParameterBinder.Bind(definition.Parameters, merged, ["parameters"]);
            // An invalid set keeps its raw text: it fails when produced, with the problem, for its readers only.
            return bound.Errors.Count == 0 ? bound.ToJson() : merged.GetRawText();
        }

        if (testAddress is not null)
        {
            var normalized = testAddress.Trim().ToUpperInvariant();
            var self = readers.FirstOrDefault(r => r.NormalizedEmail == normalized && r.ParametersJson is not null);
            return self is null ? null : [new ParameterSet(KeyOf(self.ParametersJson), [], new ReportRecipient(self.Email, self.DisplayName), true)];
        }

        return readers.GroupBy(r => KeyOf(r.ParametersJson), StringComparer.Ordinal)
            .Select(g =>
            {
                var subscribed = g.Where(r => r.IsSubscribed).ToList();
                var recipient = subscribed.Count == 1 ? new ReportRecipient(subscribed[0].Email, subscribed[0].DisplayName) : null;
                return new ParameterSet(g.Key, g.Select(r => r.Id).ToList(), recipient, subscribed.Count > 0);
            })
            .ToList();
    }

    /// <summary>Generates and renders one report with the given parameters (the schedule's, or one set's).</summary>
    private async Task<(ExecutionReport Report, long Rows)> ProduceOneAsync(ReportGraphDbContext db, Execution execution, Schedule schedule, IReportDefinition definition,
        ScheduledPeriod scheduled, string parametersJson, ParameterSet? set, ArtifactWriter writer, CancellationToken cancellationToken)
    {
        var bound = ParameterBinder.Bind(definition.Parameters, parametersJson, ["parameters"]);
        var problems = bound.Errors.ToList();
        if (problems.Count == 0)
        {
            // A value may have been valid when saved and gone from the data since (a tutor who left).
            await parameterOptions.CheckAsync(definition.Parameters, bound.Values, ["parameters"], problems, cancellationToken);
        }

        if (problems.Count > 0)
        {
            throw new ReportFailedException((set is null ? "The schedule's parameters" : "The parameters") + " no longer fit the report type: "
                + string.Join(" ", problems.Select(e => $"{e.PathText}: {e.Message}")));
        }

        var (period, zone) = (scheduled.Period, scheduled.TimeZone);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Options.Timeout);
        var culture = CultureInfo.GetCultureInfo(Options.Culture);
        try
        {
            var request = new ReportRequest
            {
                Parameters = bound.Values,
                Period = period,
                TimeZone = zone,
                ScheduledFor = execution.ScheduledFor,
                Recipient = set?.Recipient,
                DataSources = dataSources,
                Logger = loggers.CreateLogger("ReportGraph.Plugins." + definition.Key),
                Services = services,
            };
            var result = await definition.GenerateAsync(request, limit.Token);
            if (result.Tables is not { Count: > 0 })
            {
                throw new ReportFailedException($"Report type '{definition.Key}' returned no tables.");
            }

            var counting = new CountingTables(result);
            var generatedAt = clock.GetUtcNow();
            var baseName = $"{FileNames.Slug(schedule.Name)}-{period.StartDate:yyyy-MM-dd}";
            foreach (var format in schedule.Formats.Distinct())
            {
                var watch = Stopwatch.StartNew();
                using var renderActivity = ReportGraphTelemetry.ActivitySource.StartActivity("render " + format);
                await renderers.Get(format).RenderAsync(
                    new RenderRequest(counting.Result, definition.DisplayName, period, zone, culture, generatedAt, schedule.Owner?.Name, baseName),
                    writer, limit.Token);
                telemetry.RenderDuration.Record(watch.Elapsed.TotalSeconds, new KeyValuePair<string, object?>("format", format.ToString()));
            }

            var artifacts = await SaveArtifactsAsync(db, execution, writer, set?.Key, cancellationToken);
            var report = new ExecutionReport
            {
                ExecutionId = execution.Id,
                Trigger = execution.Trigger,
                ScheduleId = schedule.Id,
                OwnerId = schedule.OwnerId,
                ScheduleName = schedule.Name,
                SubjectTemplate = schedule.SubjectTemplate,
                Message = schedule.Message,
                ReportName = definition.DisplayName,
                Result = counting.Result,
                Period = period,
                TimeZone = zone,
                Culture = culture,
                ScheduledFor = execution.ScheduledFor,
                Artifacts = artifacts,
                Readers = set is null || execution.Trigger == ExecutionTrigger.Test ? null : set.Readers,
                ParameterSet = set?.Key,
                Rows = counting.TotalRows,
            };
            return (report, counting.TotalRows);
        }
        catch (OperationCanceledException ex) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ReportFailedException($"The report did not finish within its time limit of {Options.Timeout:c}.", ex);
        }
        catch (Exception ex) when (ex is not (ReportFailedException or OperationCanceledException))
        {
            throw new ReportFailedException($"The report failed: {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    private async Task<List<StoredArtifact>> SaveArtifactsAsync(ReportGraphDbContext db, Execution execution, ArtifactWriter writer, string? parameterSet, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = new List<StoredArtifact>();
        var saved = new List<(Artifact Row, ArtifactWriter.WrittenFile File)>();
        foreach (var file in writer.Files)
        {
            var artifact = new Artifact
            {
                ExecutionId = execution.Id,
                Format = FormatOf(file.FileName),
                FileName = file.FileName,
                ContentType = file.ContentType,
                SizeBytes = file.SizeBytes,
                Sha256 = file.Sha256,
                StoragePath = file.RelativePath,
                CreatedAt = now,
                ParameterSet = parameterSet,
            };
            db.Artifacts.Add(artifact);
            saved.Add((artifact, file));
        }

        await db.SaveChangesAsync(cancellationToken);
        // The rows first: the store's chunks refer to them. Then each file goes where the store keeps files.
        foreach (var (artifact, file) in saved)
        {
            artifact.StoragePath = await artifactStore.KeepAsync(artifact.Id, file.RelativePath, file.FullPath, cancellationToken);
            stored.Add(new StoredArtifact(artifact.Id, file.FileName, file.ContentType, file.SizeBytes, artifact.StoragePath));
        }

        await db.SaveChangesAsync(cancellationToken);
        return stored;
    }

    private static ReportFormat FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ReportFormat.Csv,
        ".xlsx" => ReportFormat.Xlsx,
        ".pdf" => ReportFormat.Pdf,
        ".html" or ".htm" => ReportFormat.Html,
        ".json" => ReportFormat.Json,
        var other => throw new InvalidOperationException($"A renderer wrote a file of unknown type '{other}'."),
    };
}
