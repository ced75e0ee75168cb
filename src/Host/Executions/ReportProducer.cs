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
    ILoggerFactory loggers)
{
    private ExecutionOptions Options => options.Value;

    /// <summary>The report, ready for delivery, and the rows over all tables.</summary>
    internal async Task<(ExecutionReport Report, long Rows)> ProduceAsync(ReportGraphDbContext db, Execution execution, Schedule schedule,
        ArtifactWriter writer, CancellationToken cancellationToken)
    {
        var type = reportTypes.Find(schedule.ReportTypeKey);
        if (type?.Definition is not { } definition)
        {
            throw new ReportFailedException(type is null
                ? $"Report type '{schedule.ReportTypeKey}' is not installed."
                : $"Report type '{schedule.ReportTypeKey}' is unavailable: {type.UnavailableReason}");
        }

        var bound = ParameterBinder.Bind(definition.Parameters, schedule.ParametersJson, ["parameters"]);
        var problems = bound.Errors.ToList();
        if (problems.Count == 0)
        {
            // A value may have been valid when saved and gone from the data since (a tutor who left).
            await parameterOptions.CheckAsync(definition.Parameters, bound.Values, ["parameters"], problems, cancellationToken);
        }

        if (problems.Count > 0)
        {
            throw new ReportFailedException("The schedule's parameters no longer fit the report type: " + string.Join(" ", problems.Select(e => $"{e.PathText}: {e.Message}")));
        }

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

        var (period, zone) = (scheduled.Period, scheduled.TimeZone);
        execution.PeriodStart = period.Start;
        execution.PeriodEnd = period.End;
        execution.PeriodLabel = period.Label;
        execution.ReportVersion = definition.Version;

        // A retried attempt starts its files afresh.
        await db.Artifacts.Where(a => a.ExecutionId == execution.Id).ExecuteDeleteAsync(cancellationToken);
        writer.DeleteAll();

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

            var artifacts = await SaveArtifactsAsync(db, execution, writer, cancellationToken);
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

    private async Task<List<StoredArtifact>> SaveArtifactsAsync(ReportGraphDbContext db, Execution execution, ArtifactWriter writer, CancellationToken cancellationToken)
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
