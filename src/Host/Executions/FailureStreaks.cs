using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>
/// What follows a finished execution: a success resets its schedule's run of failures, a failure extends it and, at
/// <c>Schedules:PauseAfterFailures</c>, pauses the schedule; a Failed or Partial execution sends its owner one notice.
/// Each step is one conditional update, so two nodes finishing executions of one schedule count each exactly once,
/// and an execution is announced at most once (<see cref="Execution.OwnerNotifiedAt"/>). Runs after the status is
/// stored and never throws: the execution's outcome stands whatever happens here.
/// </summary>
public sealed class FailureStreaks(
    IDbContextFactory<ReportGraphDbContext> dbs,
    IScheduleTriggers triggers,
    TimeProvider clock,
    IOptionsMonitor<ScheduleOptions> options,
    ILogger<FailureStreaks> logger,
    IFailureNotices? notices = null)
{
    /// <summary>Records the finished execution's outcome on its schedule and tells the owner of a failure.</summary>
    public async Task RecordAsync(Guid executionId, CancellationToken cancellationToken)
    {
        try
        {
            await RecordCoreAsync(executionId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Execution {ExecutionId}: recording its outcome on the schedule or telling the owner failed", executionId);
        }
    }

    private async Task RecordCoreAsync(Guid executionId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var execution = await db.Executions.AsNoTracking().Where(e => e.Id == executionId)
            .Select(e => new { e.ScheduleId, e.Status, e.Trigger, e.ScheduledFor, e.PeriodLabel, e.ErrorMessage })
            .SingleOrDefaultAsync(cancellationToken);
        // A test goes to its requester, who sees the outcome at once; it says nothing about the schedule's runs.
        if (execution is null || execution.Trigger == ExecutionTrigger.Test)
        {
            return;
        }

        var schedules = db.Schedules.Where(s => s.Id == execution.ScheduleId);
        var limit = options.CurrentValue.PauseAfterFailures;
        var paused = false;
        switch (execution.Status)
        {
            case ExecutionStatus.Succeeded or ExecutionStatus.ConditionNotMet:
                await schedules.Where(s => s.ConsecutiveFailures != 0).ExecuteUpdateAsync(u => u.SetProperty(s => s.ConsecutiveFailures, 0), cancellationToken);
                return;
            case ExecutionStatus.Failed:
                await schedules.ExecuteUpdateAsync(u => u.SetProperty(s => s.ConsecutiveFailures, s => s.ConsecutiveFailures + 1), cancellationToken);
                if (limit > 0)
                {
                    var reason = $"Paused automatically after {limit} failed runs in a row; the last one failed with: {Shorten(execution.ErrorMessage, 300)}";
                    // Only the update that finds the schedule still active pauses it (and says so).
                    paused = await schedules.Where(s => s.IsActive && s.ConsecutiveFailures >= limit)
                        .ExecuteUpdateAsync(u => u
                            .SetProperty(s => s.IsActive, false)
                            .SetProperty(s => s.NextRunAt, (DateTimeOffset?)null)
                            .SetProperty(s => s.PausedReason, reason)
                            .SetProperty(s => s.UpdatedAt, clock.GetUtcNow()), cancellationToken) == 1;
                    if (paused)
                    {
                        await triggers.SetAsync(execution.ScheduleId, null, cancellationToken);
                        logger.LogWarning("Schedule {ScheduleId} paused itself after {Limit} failed runs in a row", execution.ScheduleId, limit);
                    }
                }

                break;
            case ExecutionStatus.Partial:
                break; // some recipients got it: neither a success nor a failure of the schedule
            default:
                return;
        }

        var claimed = await db.Executions.Where(e => e.Id == executionId && e.OwnerNotifiedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.OwnerNotifiedAt, clock.GetUtcNow()), cancellationToken);
        if (claimed == 0 || notices is null)
        {
            return;
        }

        var schedule = await schedules.AsNoTracking()
            .Select(s => new { s.Name, s.OwnerId, s.ConsecutiveFailures, OwnerEmail = s.Owner!.Email, OwnerName = s.Owner!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (schedule is null)
        {
            return;
        }

        await notices.SendAsync(new FailureNotice
        {
            ExecutionId = executionId,
            ScheduleId = execution.ScheduleId,
            ScheduleName = schedule.Name,
            OwnerId = schedule.OwnerId,
            OwnerEmail = schedule.OwnerEmail,
            OwnerName = schedule.OwnerName,
            Status = execution.Status,
            Trigger = execution.Trigger,
            ScheduledFor = execution.ScheduledFor,
            PeriodLabel = execution.PeriodLabel,
            Error = execution.ErrorMessage,
            ConsecutiveFailures = execution.Status == ExecutionStatus.Failed ? schedule.ConsecutiveFailures : 0,
            Paused = paused,
            PauseAfterFailures = limit,
        }, cancellationToken);
    }

    private static string Shorten(string? text, int max) =>
        text is null ? "(no message)" : text.Length <= max ? text : text[..(max - 1)] + "…";
}
