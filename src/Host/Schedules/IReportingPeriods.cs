using ReportGraph.Abstractions;

namespace ReportGraph.Host.Schedules;

/// <summary>The period a run of a schedule reports on, in the schedule's time zone.</summary>
/// <param name="Period">Start, end (exclusive) and label, e.g. "Week 47, 2026 (16–22 Nov)".</param>
/// <param name="TimeZone">The schedule's time zone.</param>
public sealed record ScheduledPeriod(ReportPeriod Period, TimeZoneInfo TimeZone);

/// <summary>
/// What a run of a schedule covers. Executions ask this one question of schedules, instead of reading the
/// recurrence and the calendar's rules themselves.
/// </summary>
public interface IReportingPeriods
{
    /// <summary>The period the run at <paramref name="occurrence"/> covers.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="occurrence">The instant the run was scheduled for (request time for manual and test runs).</param>
    /// <param name="previousOccurrence">The previous scheduled run, which bounds cron periods.</param>
    /// <exception cref="TimeZoneNotFoundException">The schedule's time zone is not known on this machine.</exception>
    ScheduledPeriod For(Schedule schedule, DateTimeOffset occurrence, DateTimeOffset? previousOccurrence);

    /// <summary>
    /// The period a manual or test run requested at <paramref name="requestedAt"/> covers: the last complete period of
    /// the recurrence (last full Monday–Sunday week, last full month, yesterday).
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">The schedule's time zone is not known on this machine.</exception>
    ScheduledPeriod LastComplete(Schedule schedule, DateTimeOffset requestedAt, DateTimeOffset? previousOccurrence);
}
