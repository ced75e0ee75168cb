using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Ends an execution that waited for delivery retries (<see cref="ExecutionStatus.Delivering"/>) once none of its
/// deliveries is pending. Called by whoever settles a delivery, on any node; the status moves by one conditional
/// update (<c>WHERE Status = 'Delivering'</c>), so the execution is completed and announced exactly once.
/// </summary>
public sealed class ExecutionCompletion(
    IDbContextFactory<ReportGraphDbContext> dbs,
    IExecutionDelivery delivery,
    IExecutionEvents events,
    ReportGraphTelemetry telemetry,
    FailureStreaks failureStreaks,
    TimeProvider clock,
    ILogger<ExecutionCompletion> logger)
{
    /// <summary>Completes the execution if it is Delivering and nothing is pending; true when this call completed it.</summary>
    public async Task<bool> CompleteIfDeliveredAsync(Guid executionId, CancellationToken cancellationToken)
    {
        var outcome = await delivery.CountAsync(executionId, cancellationToken);
        if (outcome.Pending > 0)
        {
            return false;
        }

        var (status, error) = outcome.FinalStatus();
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var execution = await db.Executions.AsNoTracking()
            .Where(e => e.Id == executionId && e.Status == ExecutionStatus.Delivering)
            .Select(e => new { e.ScheduleId, e.Trigger, e.StartedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (execution is null)
        {
            return false;
        }

        long? durationMs = execution.StartedAt is { } started ? (long)(now - started).TotalMilliseconds : null;
        var completed = await db.Executions
            .Where(e => e.Id == executionId && e.Status == ExecutionStatus.Delivering)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, status)
                .SetProperty(e => e.ErrorMessage, error)
                .SetProperty(e => e.FinishedAt, now)
                .SetProperty(e => e.DurationMs, durationMs), CancellationToken.None);
        if (completed == 0)
        {
            return false; // another node completed it a moment ago
        }

        if (execution.Trigger != ExecutionTrigger.Test)
        {
            await db.Schedules.Where(s => s.Id == execution.ScheduleId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastRunAt, now), CancellationToken.None);
        }

        telemetry.Executions.Add(1, new KeyValuePair<string, object?>("status", status.ToString()), new KeyValuePair<string, object?>("trigger", execution.Trigger.ToString()));
        telemetry.ExecutionDuration.Record((durationMs ?? 0) / 1000.0, new KeyValuePair<string, object?>("status", status.ToString()));
        events.Changed(executionId);
        logger.LogInformation("Execution {ExecutionId} finished {Status} after delivery retries{Error}", executionId, status, error is null ? "" : ": " + error);
        await failureStreaks.RecordAsync(executionId, CancellationToken.None);
        return true;
    }
}
