using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Delivery;
using ReportGraph.Host.Plugins;
using ReportGraph.Rendering;
using ReportGraph.Rendering.Charts;
using ReportGraph.Rendering.Formatting;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrence;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Runs one claimed execution: the plugin (with a time limit), every requested format (streamed into
/// artifacts with size and SHA-256), then the deliveries; records the outcome. Safe to run again for the
/// same execution after a crash: old files are replaced and deliveries already Sent are not sent again.
/// </summary>
public sealed class ExecutionRunner(
    IDbContextFactory<ReportGraphDbContext> dbs,
    ReportTypeRegistry reportTypes,
    ReportRenderers renderers,
    IReportDataSources dataSources,
    IDeliveryRunner delivery,
    IExecutionEvents events,
    DataDirectory dataDirectory,
    ReportGraphTelemetry telemetry,
    TimeProvider clock,
    IOptions<ExecutionOptions> options,
    IServiceProvider services,
    ILoggerFactory loggers,
    ILogger<ExecutionRunner> logger)
{
    private ExecutionOptions Options => options.Value;

    /// <summary>Runs the execution, which this node has claimed. Never throws for report problems: they become a Failed status.</summary>
    public async Task RunAsync(Guid executionId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var execution = await db.Executions.Include(e => e.Schedule).ThenInclude(s => s!.Owner)
            .SingleOrDefaultAsync(e => e.Id == executionId, cancellationToken);
        if (execution?.Schedule is not { } schedule)
        {
            return; // deleted with its schedule meanwhile
        }

        using var activity = ReportGraphTelemetry.ActivitySource.StartActivity("execution");
        activity?.SetTag("reportgraph.execution.id", executionId);
        activity?.SetTag("reportgraph.schedule.id", schedule.Id);
        var started = clock.GetUtcNow();
        execution.StartedAt ??= started;
        execution.ErrorMessage = null;
        if (execution.Attempt == 1)
        {
            telemetry.QueueLag.Record((started - execution.ScheduledFor).TotalSeconds, new KeyValuePair<string, object?>("trigger", execution.Trigger.ToString()));
        }

        if (execution.Attempt > Options.MaxAttempts)
        {
            await FinishAsync(db, execution, ExecutionStatus.Failed, $"Gave up after {Options.MaxAttempts} attempts; the node running it stopped each time.", null, cancellationToken);
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        events.Changed(executionId);

        var writer = new ArtifactWriter(dataDirectory.Path, execution.Id, execution.CreatedAt);
        EmailReport report;
        long rows;
        try
        {
            (report, rows) = await GenerateAsync(db, execution, schedule, writer, cancellationToken);
        }
        catch (ReportFailedException ex)
        {
            logger.LogWarning("Execution {ExecutionId} of schedule {ScheduleId} failed: {Reason}", execution.Id, schedule.Id, ex.Message);
            writer.DeleteAll();
            await FinishAsync(db, execution, ExecutionStatus.Failed, ex.Message, null, cancellationToken);
            return;
        }

        execution.RowCount = rows;
        await db.SaveChangesAsync(cancellationToken);

        var testAddress = execution.Trigger == ExecutionTrigger.Test && execution.RequestedById is { } requester
            ? await db.Users.Where(u => u.Id == requester).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
            : null;
        var outcome = await delivery.DeliverAsync(report, testAddress, cancellationToken);
        var (status, error) = outcome switch
        {
            { Failed: > 0, Sent: 0 } => (ExecutionStatus.Failed, $"Every delivery failed ({outcome.Failed})."),
            { Failed: > 0 } => (ExecutionStatus.Partial, $"{outcome.Failed} of {outcome.Failed + outcome.Sent} deliveries failed."),
            _ => (ExecutionStatus.Succeeded, (string?)null),
        };
        await FinishAsync(db, execution, status, error, rows, cancellationToken);
    }

    private async Task<(EmailReport Report, long Rows)> GenerateAsync(ReportGraphDbContext db, Execution execution, Schedule schedule,
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
        if (bound.Errors.Count > 0)
        {
            throw new ReportFailedException("The schedule's parameters no longer fit the report type: " + string.Join(" ", bound.Errors.Select(e => e.Message)));
        }

        TimeZoneInfo zone;
        try
        {
            zone = schedule.GetTimeZone();
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ReportFailedException($"Time zone '{schedule.TimeZoneId}' is not known on this machine.");
        }

        var recurrence = schedule.GetRecurrence();
        var previous = await db.Executions
            .Where(e => e.ScheduleId == schedule.Id && e.Trigger == ExecutionTrigger.Scheduled && e.ScheduledFor < execution.ScheduledFor)
            .OrderByDescending(e => e.ScheduledFor).Select(e => (DateTimeOffset?)e.ScheduledFor).FirstOrDefaultAsync(cancellationToken);
        var period = ReportingPeriods.For(recurrence, zone, execution.ScheduledFor, previous);
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
        var formatter = new ValueFormatter(culture, zone);
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

            var preview = Options.PreviewRows > 0
                ? await new TablePreviewBuilder(formatter).BuildAsync(counting.Result.Tables[0], Options.PreviewRows, limit.Token)
                : null;
            var artifacts = await SaveArtifactsAsync(db, execution, writer, cancellationToken);
            var report = new EmailReport
            {
                ExecutionId = execution.Id,
                Trigger = execution.Trigger,
                ScheduleId = schedule.Id,
                OwnerId = schedule.OwnerId,
                ScheduleName = schedule.Name,
                SubjectTemplate = schedule.SubjectTemplate,
                Message = schedule.Message,
                ReportName = definition.DisplayName,
                Title = result.Title,
                Subtitle = result.Subtitle,
                Period = period,
                TimeZone = zone,
                ScheduledFor = execution.ScheduledFor,
                Kpis = result.Kpis.Select(formatter.Format).ToList(),
                ChartHtml = result.Charts.Select(c => EmailChartHtml.Render(c, culture)).ToList(),
                Preview = preview,
                Notes = result.Notes,
                EmailComponent = result.EmailComponent,
                Artifacts = artifacts,
            };
            return (report, counting.TotalRows);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ReportFailedException($"The report did not finish within its time limit of {Options.Timeout:c}.");
        }
        catch (Exception ex) when (ex is not (ReportFailedException or OperationCanceledException))
        {
            throw new ReportFailedException($"The report failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<List<StoredArtifact>> SaveArtifactsAsync(ReportGraphDbContext db, Execution execution, ArtifactWriter writer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = new List<StoredArtifact>();
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
            stored.Add(new StoredArtifact(artifact.Id, file.FileName, file.ContentType, file.SizeBytes, file.FullPath));
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

    private async Task FinishAsync(ReportGraphDbContext db, Execution execution, ExecutionStatus status, string? error, long? rows, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        execution.Status = status;
        execution.ErrorMessage = error?.Length > 4000 ? error[..4000] : error;
        execution.FinishedAt = now;
        execution.DurationMs = execution.StartedAt is { } s ? (long)(now - s).TotalMilliseconds : null;
        execution.RowCount = rows ?? execution.RowCount;
        execution.LeaseOwner = null;
        execution.LeaseExpiresAt = null;
        if (execution.Trigger != ExecutionTrigger.Test)
        {
            await db.Schedules.Where(s => s.Id == execution.ScheduleId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastRunAt, now), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        telemetry.Executions.Add(1, new KeyValuePair<string, object?>("status", status.ToString()), new KeyValuePair<string, object?>("trigger", execution.Trigger.ToString()));
        telemetry.ExecutionDuration.Record((execution.DurationMs ?? 0) / 1000.0, new KeyValuePair<string, object?>("status", status.ToString()));
        events.Changed(execution.Id);
        logger.LogInformation("Execution {ExecutionId} finished {Status} ({Rows} rows){Error}", execution.Id, status, execution.RowCount, error is null ? "" : ": " + error);
    }

    /// <summary>The report could not be produced; the message is shown to the schedule's owner.</summary>
    private sealed class ReportFailedException(string message) : Exception(message);
}
