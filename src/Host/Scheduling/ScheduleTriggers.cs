using Quartz;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Scheduling;

/// <summary>
/// Keeps one Quartz job and trigger per active schedule. The trigger is a one-shot at the schedule's
/// <see cref="Schedule.NextRunAt"/>, computed by our recurrence calendar (month-end clamping, DST, business
/// days, end dates — rules Quartz's own triggers cannot express); each fire sets the next one.
/// A fire time in the past (service was down) fires once at start: Quartz's "fire now" misfire policy.
/// </summary>
public sealed class ScheduleTriggers(ISchedulerFactory schedulers) : IScheduleTriggers
{
    /// <summary>Quartz group of our jobs and triggers.</summary>
    public const string Group = "schedules";

    /// <summary>Job data key holding the schedule id.</summary>
    public const string ScheduleIdKey = "scheduleId";

    /// <summary>The job key of a schedule.</summary>
    public static JobKey JobKeyOf(Guid scheduleId) => new(scheduleId.ToString("N"), Group);

    /// <summary>The trigger key of a schedule.</summary>
    public static TriggerKey TriggerKeyOf(Guid scheduleId) => new(scheduleId.ToString("N"), Group);

    /// <summary>Points the schedule's trigger at <paramref name="nextRunAt"/>, or removes it when null (paused, ended, deleted).</summary>
    public async Task SetAsync(Guid scheduleId, DateTimeOffset? nextRunAt, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await SetAsync(scheduler, scheduleId, nextRunAt, cancellationToken);
    }

    /// <summary>As <see cref="SetAsync(Guid, DateTimeOffset?, CancellationToken)"/> on a given scheduler.</summary>
    public static async Task SetAsync(IScheduler scheduler, Guid scheduleId, DateTimeOffset? nextRunAt, CancellationToken cancellationToken)
    {
        if (nextRunAt is null)
        {
            await scheduler.DeleteJob(JobKeyOf(scheduleId), cancellationToken);
            return;
        }

        var job = JobBuilder.Create<OccurrenceJob>()
            .WithIdentity(JobKeyOf(scheduleId))
            .UsingJobData(ScheduleIdKey, scheduleId.ToString())
            .StoreDurably()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(TriggerKeyOf(scheduleId))
            .ForJob(job)
            .StartAt(nextRunAt.Value)
            .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    /// <summary>Ids of the schedules that have a trigger.</summary>
    public async Task<IReadOnlyCollection<Guid>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken);
        return keys.Select(k => Guid.ParseExact(k.Name, "N")).ToList();
    }

    /// <summary>The fire time of a schedule's trigger, or null.</summary>
    public async Task<DateTimeOffset?> GetFireTimeAsync(Guid scheduleId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(TriggerKeyOf(scheduleId), cancellationToken);
        return trigger?.NextFireTimeUtc ?? trigger?.StartTimeUtc;
    }
}
