using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Puts executions into the store. The unique (schedule, trigger, occurrence) index is the claim: a second
/// insert for the same occurrence, from a double fire or another node, changes nothing.
/// </summary>
public sealed class ExecutionQueue(IDbContextFactory<ReportGraphDbContext> dbs, TimeProvider clock, ExecutionSignal signal, IExecutionEvents events)
{
    /// <summary>Queues a scheduled occurrence; null when it was queued (or ran) before.</summary>
    public async Task<Execution?> EnqueueScheduledAsync(Guid scheduleId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var execution = await TryInsertAsync(scheduleId, ExecutionTrigger.Scheduled, occurrence, ExecutionStatus.Queued, null, null, cancellationToken);
        if (execution is not null)
        {
            signal.Notify();
        }

        return execution;
    }

    /// <summary>Queues a run now (manual) or a test to the caller only, for a schedule the caller may run; the next scheduled run is untouched.</summary>
    public async Task<Execution> EnqueueForCallerAsync(Caller caller, Guid scheduleId, ExecutionTrigger trigger, CancellationToken cancellationToken)
    {
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            await ScheduleService.LoadOwnedAsync(db, caller, scheduleId, cancellationToken);
        }

        return await EnqueueManualAsync(scheduleId, trigger, caller.UserId, cancellationToken);
    }

    /// <summary>Queues a run now or a test for <paramref name="requestedBy"/>; never collides with scheduled occurrences.</summary>
    public async Task<Execution> EnqueueManualAsync(Guid scheduleId, ExecutionTrigger trigger, Guid requestedBy, CancellationToken cancellationToken)
    {
        if (trigger == ExecutionTrigger.Scheduled)
        {
            throw new ArgumentException("Scheduled executions are queued by the scheduler.", nameof(trigger));
        }

        var at = clock.GetUtcNow();
        for (var tries = 0; ; tries++)
        {
            var execution = await TryInsertAsync(scheduleId, trigger, at.AddTicks(tries), ExecutionStatus.Queued, requestedBy, null, cancellationToken);
            if (execution is not null)
            {
                signal.Notify();
                return execution;
            }
        }
    }

    /// <summary>Records an occurrence that passed while no node was running, beyond the grace window.</summary>
    public Task<Execution?> RecordMissedAsync(Guid scheduleId, DateTimeOffset occurrence, string reason, CancellationToken cancellationToken) =>
        TryInsertAsync(scheduleId, ExecutionTrigger.Scheduled, occurrence, ExecutionStatus.Missed, null, reason, cancellationToken);

    private async Task<Execution?> TryInsertAsync(Guid scheduleId, ExecutionTrigger trigger, DateTimeOffset occurrence, ExecutionStatus status,
        Guid? requestedBy, string? error, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // A double fire usually comes after the first one finished inserting: finding the row keeps that ordinary case
        // out of the error log (EF Core logs every failed command, the refused duplicate included). The unique index
        // below still decides a true race.
        if (await db.Executions.AnyAsync(e => e.ScheduleId == scheduleId && e.Trigger == trigger && e.ScheduledFor == occurrence, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var execution = new Execution
        {
            ScheduleId = scheduleId,
            Trigger = trigger,
            Status = status,
            ScheduledFor = occurrence,
            CreatedAt = now,
            RequestedById = requestedBy,
            ErrorMessage = error,
            FinishedAt = status == ExecutionStatus.Missed ? now : null,
        };
        db.Executions.Add(execution);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return null;
        }

        events.Changed(execution.Id);
        return execution;
    }
}
