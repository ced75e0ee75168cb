using Microsoft.Extensions.Options;
using Quartz;

namespace ReportGraph.Host.Scheduling;

/// <summary>The Quartz job of one schedule: handle the due occurrence, then aim the trigger at the next one.</summary>
/// <remarks>
/// Deliberately not <see cref="DisallowConcurrentExecutionAttribute"/>: with it, Quartz takes the cluster-wide
/// <c>TRIGGER_ACCESS</c> row lock for every firing round and every completion, and a burst of due schedules queued
/// behind that one lock (about 4 a second on 3 nodes). A schedule's trigger is a one-shot that fires on one node only;
/// were two fires of one schedule ever to overlap (a retry beside a slow first attempt), handling is idempotent: the
/// execution is claimed by a unique row and the next run advances conditionally.
/// </remarks>
public sealed class OccurrenceJob(OccurrenceHandler handler, TimeProvider clock, IOptions<SchedulerOptions> options, ILogger<OccurrenceJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduleId = Guid.Parse(context.MergedJobDataMap.GetString(ScheduleTriggers.ScheduleIdKey)!);
        DateTimeOffset? next;
        try
        {
            next = await handler.HandleDueAsync(scheduleId, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The trigger is a one-shot and is used up by this fire: without a new one the schedule would never fire
            // again (until a restart reconciles it) — a silently missed schedule. Handling is idempotent (unique claim,
            // conditional advance of the next run), so firing again a little later is safe.
            next = clock.GetUtcNow() + options.Value.RetryDelay;
            logger.LogError(ex, "Schedule {ScheduleId}: handling its due occurrence failed; trying again at {RetryAt:u}", scheduleId, next);
        }

        await ScheduleTriggers.SetAsync(context.Scheduler, scheduleId, next, cancellationToken);
    }
}
