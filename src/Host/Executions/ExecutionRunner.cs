using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Runs one claimed execution: the report (<see cref="ReportProducer"/>: plugin, formats, artifacts), then the
/// deliveries (<see cref="IExecutionDelivery"/>); records the outcome. Safe to run again for the
/// same execution after a crash: old files are replaced and deliveries already Sent are not sent again.
/// </summary>
public sealed class ExecutionRunner(
    IDbContextFactory<ReportGraphDbContext> dbs,
    ReportProducer producer,
    IExecutionDelivery delivery,
    IExecutionEvents events,
    DataDirectory dataDirectory,
    ReportGraphTelemetry telemetry,
    FailureStreaks failureStreaks,
    TimeProvider clock,
    IOptions<ExecutionOptions> options,
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
        ExecutionReport report;
        long rows;
        try
        {
            (report, rows) = await producer.ProduceAsync(db, execution, schedule, writer, cancellationToken);
        }
        catch (ReportFailedException ex)
        {
            logger.LogWarning("Execution {ExecutionId} of schedule {ScheduleId} failed: {Reason}", execution.Id, schedule.Id, ex.Message);
            writer.DeleteAll();
            await FinishAsync(db, execution, ExecutionStatus.Failed, ex.Message, null, cancellationToken);
            return;
        }

        execution.RowCount = rows;
        // A test is sent so its requester sees the email, whatever the schedule's sendWhen says.
        if (execution.Trigger != ExecutionTrigger.Test)
        {
            SendJudgement judgement;
            try
            {
                judgement = SendConditionCheck.Judge(schedule.GetSendCondition(), report.Result, rows);
            }
            catch (ReportFailedException ex)
            {
                await FinishAsync(db, execution, ExecutionStatus.Failed, ex.Message, rows, cancellationToken);
                return;
            }

            (execution.ConditionValue, execution.ConditionReason) = (judgement.Value, judgement.Reason);
            if (!judgement.Send)
            {
                await FinishAsync(db, execution, ExecutionStatus.ConditionNotMet, null, rows, cancellationToken);
                return;
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        var testAddress = execution.Trigger == ExecutionTrigger.Test && execution.RequestedById is { } requester
            ? await db.Users.Where(u => u.Id == requester).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken)
            : null;
        var outcome = await delivery.DeliverAsync(report with { TestAddress = testAddress }, cancellationToken);
        if (outcome.Pending > 0)
        {
            // Retried from the store by any node; whoever settles the last delivery completes the execution.
            execution.Status = ExecutionStatus.Delivering;
            execution.LeaseOwner = null;
            execution.LeaseExpiresAt = null;
            await db.SaveChangesAsync(cancellationToken);
            events.Changed(execution.Id);
            logger.LogInformation("Execution {ExecutionId}: {Pending} deliveries wait for a retry", execution.Id, outcome.Pending);
            return;
        }

        var (status, error) = outcome.FinalStatus();
        await FinishAsync(db, execution, status, error, rows, cancellationToken);
    }

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
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Execution {ExecutionId} finished {Status} ({Rows} rows){Error}", execution.Id, status, execution.RowCount, error is null ? "" : ": " + error);
        }

        await failureStreaks.RecordAsync(execution.Id, CancellationToken.None);
    }
}
