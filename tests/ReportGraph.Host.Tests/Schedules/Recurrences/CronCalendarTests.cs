using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>Cron recurrences: Quartz syntax with seconds, read in the schedule's zone.</summary>
public sealed class CronCalendarTests
{
    private static List<DateTimeOffset> Year(string cron, TimeZoneInfo zone, int year = 2026) =>
        RecurrenceCalendar.Between(Recurrence.Cron(cron), zone, zone.At($"{year}-01-01 00:00").AddTicks(-1), zone.At($"{year + 1}-01-01 00:00").AddTicks(-1)).ToList();

    [Fact]
    public void Seconds_field_is_honoured()
    {
        var cron = Recurrence.Cron("15,45 30 8 ? * MON-FRI");

        var runs = RecurrenceCalendar.Between(cron, Zones.Berlin, Zones.Berlin.At("2026-11-16 00:00"), Zones.Berlin.At("2026-11-17 00:00")).Select(r => r.Show());

        Assert.Equal(["2026-11-16 08:30:15 +01:00", "2026-11-16 08:30:45 +01:00"], runs);
    }

    [Fact]
    public void Time_is_read_in_the_schedules_zone()
    {
        var cron = Recurrence.Cron("0 0 8 * * ?");

        Assert.Equal("2026-07-01 08:00:00 -04:00", RecurrenceCalendar.Next(cron, Zones.NewYork, Zones.Utc("2026-07-01 00:00")).Show());
        Assert.Equal("2026-07-02 08:00:00 +10:00", RecurrenceCalendar.Next(cron, Zones.Sydney, Zones.Utc("2026-07-01 00:00")).Show());
    }

    [Theory]
    [InlineData("0 0 8 * * ?", 365)]
    [InlineData("0 30 7 ? * MON-FRI", 261)]
    [InlineData("0 0 18 L * ?", 12)]
    [InlineData("0 0 9 ? * 2#1", 12)]     // first Monday of each month
    [InlineData("0 0/30 9-17 ? * MON-FRI", 261 * 18)]
    public void Between_over_a_year_counts_the_expected_occurrences(string cron, int expected)
    {
        foreach (var zone in new[] { Zones.Berlin, Zones.NewYork, Zones.Sydney })
        {
            Assert.Equal(expected, Year(cron, zone).Count);
        }
    }

    [Fact]
    public void Hourly_cron_over_a_dst_year_loses_one_run_to_the_gap()
    {
        // Spring forward: 02:00 collapses into 03:00. Fall back: 02:00 (Berlin) runs once. So 8760 - 1.
        var runs = Year("0 0 * * * ?", Zones.Berlin);

        Assert.Equal(8759, runs.Count);
        Assert.Equal(runs.Count, runs.Distinct().Count());
        Assert.Equal(8760, Year("0 0 * * * ?", TimeZoneInfo.Utc).Count);
    }

    [Fact]
    public void A_year_field_limits_the_runs_and_ends_with_null()
    {
        var cron = Recurrence.Cron("0 0 8 1 1 ? 2027");

        var first = RecurrenceCalendar.Next(cron, Zones.Berlin, Zones.Berlin.At("2026-11-16 00:00"));

        Assert.Equal("2027-01-01 08:00:00 +01:00", first.Show());
        Assert.Null(RecurrenceCalendar.Next(cron, Zones.Berlin, first!.Value));
    }

    [Fact]
    public void Crontab_macros_are_accepted()
    {
        var daily = Recurrence.Cron("@daily");

        Assert.Equal("2026-11-17 00:00:00 +01:00", RecurrenceCalendar.Next(daily, Zones.Berlin, Zones.Berlin.At("2026-11-16 08:00")).Show());
    }

    [Fact]
    public void Cron_between_respects_start_and_end_dates()
    {
        var cron = Recurrence.Cron("0 0 12 * * ?") with { StartDate = new DateOnly(2026, 3, 28), EndDate = new DateOnly(2026, 3, 30) };

        var runs = RecurrenceCalendar.Between(cron, Zones.Berlin, DateTimeOffset.MinValue.AddYears(2000), DateTimeOffset.MaxValue.AddYears(-2000)).Select(r => r.Show());

        Assert.Equal(["2026-03-28 12:00:00 +01:00", "2026-03-29 12:00:00 +02:00", "2026-03-30 12:00:00 +02:00"], runs);
    }
}
