namespace ReportGraph.Host.Schedules;

/// <summary>
/// Keeps the scheduler in step with a schedule's <see cref="Schedule.NextRunAt"/>. Implemented by the scheduling
/// feature, so schedules can be saved without knowing what fires them.
/// </summary>
public interface IScheduleTriggers
{
    /// <summary>Points the schedule's trigger at <paramref name="nextRunAt"/>, or removes it when null (paused, ended, deleted).</summary>
    Task SetAsync(Guid scheduleId, DateTimeOffset? nextRunAt, CancellationToken cancellationToken);
}
