using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Schedules;

/// <summary>Maps a schedule's recurrence columns to the calendar's <see cref="Recurrence"/> and back.</summary>
public static class ScheduleRecurrence
{
    /// <summary>The schedule's recurrence.</summary>
    public static Recurrence GetRecurrence(this Schedule s) => new()
    {
        Kind = s.RecurrenceKind,
        TimeOfDay = s.TimeOfDay,
        Weekdays = Enum.GetValues<DayOfWeek>().Where(d => (s.Weekdays & (1 << (int)d)) != 0).ToHashSet(),
        DayOfMonth = s.DayOfMonth,
        LastDayOfMonth = s.LastDayOfMonth,
        CronExpression = s.CronExpression,
        BusinessDaysOnly = s.BusinessDaysOnly,
        StartDate = s.StartDate,
        EndDate = s.EndDate,
    };

    /// <summary>Stores <paramref name="r"/> in the schedule's columns.</summary>
    public static void SetRecurrence(this Schedule s, Recurrence r)
    {
        s.RecurrenceKind = r.Kind;
        s.TimeOfDay = r.TimeOfDay;
        s.Weekdays = r.Weekdays.Aggregate(0, (bits, d) => bits | (1 << (int)d));
        s.DayOfMonth = r.DayOfMonth;
        s.LastDayOfMonth = r.LastDayOfMonth;
        s.CronExpression = r.CronExpression;
        s.BusinessDaysOnly = r.BusinessDaysOnly;
        s.StartDate = r.StartDate;
        s.EndDate = r.EndDate;
    }

    /// <summary>The schedule's zone; the id was validated when saved.</summary>
    public static TimeZoneInfo GetTimeZone(this Schedule s) => TimeZoneInfo.FindSystemTimeZoneById(s.TimeZoneId);
}
