using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Schedules;

/// <summary>Reporting periods from the schedule's recurrence kind and time zone (<see cref="ReportingPeriods"/>).</summary>
internal sealed class ScheduleReportingPeriods : IReportingPeriods
{
    public ScheduledPeriod For(Schedule schedule, DateTimeOffset occurrence, DateTimeOffset? previousOccurrence)
    {
        var zone = schedule.GetTimeZone();
        return new ScheduledPeriod(ReportingPeriods.For(schedule.GetRecurrence(), zone, occurrence, previousOccurrence), zone);
    }

    public ScheduledPeriod LastComplete(Schedule schedule, DateTimeOffset requestedAt, DateTimeOffset? previousOccurrence)
    {
        var zone = schedule.GetTimeZone();
        return new ScheduledPeriod(ReportingPeriods.LastComplete(schedule.GetRecurrence(), zone, requestedAt, previousOccurrence), zone);
    }
}
