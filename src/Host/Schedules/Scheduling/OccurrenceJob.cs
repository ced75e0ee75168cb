using Quartz;

namespace ReportGraph.Host.Schedules.Scheduling;

/// <summary>The Quartz job of one schedule: handle the due occurrence, then aim the trigger at the next one.</summary>
[DisallowConcurrentExecution]
public sealed class OccurrenceJob(OccurrenceHandler handler) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduleId = Guid.Parse(context.MergedJobDataMap.GetString(ScheduleTriggers.ScheduleIdKey)!);
        var next = await handler.HandleDueAsync(scheduleId, cancellationToken);
        await ScheduleTriggers.SetAsync(context.Scheduler, scheduleId, next, cancellationToken);
    }
}
