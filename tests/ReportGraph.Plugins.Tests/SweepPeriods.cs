using ReportGraph.Abstractions;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Plugins.Tests;

/// <summary>
/// The reporting periods the sweep covers: the latest few occurrences of each recurrence kind up to the day after the demo
/// data's last day, turned into periods by the host's own <see cref="ReportingPeriods"/>, plus a run-now.
/// </summary>
internal static class SweepPeriods
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>One period to run every entity over.</summary>
    /// <param name="Kind">daily, weekly, monthly, month-end, cron or run-now.</param>
    public sealed record Case(string Kind, ReportPeriod Period)
    {
        public override string ToString() => $"{Kind} {Period.Label}";
    }

    /// <summary>
    /// Daily: the last week (weekends have no lessons); weekly: the last four; monthly and month-end: the last three; cron
    /// (weekdays at noon): the last five, each from the previous occurrence. Run-now: the 24 hours before a request, the
    /// period a manual run of a cron schedule without history covers, once the morning after the last day and once on the
    /// first day (nothing at all before it, so every report is empty), and the last full week a weekly run now covers.
    /// </summary>
    public static IReadOnlyList<Case> All(DateOnly firstDay)
    {
        var until = Local(DemoFixture.LastDay.AddDays(1), new TimeOnly(9, 0));
        var from = until.AddDays(-150);
        var cases = new List<Case>();
        void Add(string kind, Recurrence recurrence, int count)
        {
            var occurrences = RecurrenceCalendar.Between(recurrence, Zone, from, until).ToList();
            for (var i = occurrences.Count - count; i < occurrences.Count; i++)
            {
                cases.Add(new Case(kind, ReportingPeriods.For(recurrence, Zone, occurrences[i], occurrences[i - 1])));
            }
        }

        Add("daily", Recurrence.Daily(new TimeOnly(7, 0)), 7);
        Add("weekly", Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Monday), 4);
        Add("monthly", Recurrence.Monthly(1, new TimeOnly(7, 0)), 3);
        Add("month-end", Recurrence.MonthlyOnLastDay(new TimeOnly(18, 0)), 3);
        Add("cron", Recurrence.Cron("0 0 12 ? * MON-FRI"), 5);
        var cron = Recurrence.Cron("0 0 12 ? * MON-FRI");
        cases.Add(new Case("run-now", ReportingPeriods.For(cron, Zone, Local(DemoFixture.LastDay.AddDays(1), new TimeOnly(8, 42)), null)));
        cases.Add(new Case("run-now", ReportingPeriods.For(cron, Zone, Local(firstDay, new TimeOnly(8, 42)), null)));
        // A run now of a weekly schedule on a Wednesday: the last full Monday–Sunday week.
        cases.Add(new Case("run-now", ReportingPeriods.LastComplete(Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Wednesday), Zone,
            Local(DemoFixture.LastDay.AddDays(3), new TimeOnly(10, 0)), null)));
        return cases;
    }

    private static DateTimeOffset Local(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
