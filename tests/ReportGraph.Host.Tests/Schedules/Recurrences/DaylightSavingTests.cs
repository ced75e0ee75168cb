using System.Globalization;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>SPEC §4 DST rules: a reading in a spring-forward gap runs at the gap's end; a doubled reading runs once.</summary>
public sealed class DaylightSavingTests
{
    // Europe/Berlin 2026: 29 Mar 02:00 CET -> 03:00 CEST; 25 Oct 03:00 CEST -> 02:00 CET.
    // America/New_York 2026: 8 Mar 02:00 EST -> 03:00 EDT; 1 Nov 02:00 EDT -> 01:00 EST.
    // Australia/Sydney 2026: 5 Apr 03:00 AEDT -> 02:00 AEST (overlap); 4 Oct 02:00 AEST -> 03:00 AEDT (gap).
    public static TheoryData<string, string, string, string> SpringForward => new()
    {
        { "Europe/Berlin", "02:30", "2026-03-28 12:00", "2026-03-29 03:00:00 +02:00" },
        { "Europe/Berlin", "02:00", "2026-03-28 12:00", "2026-03-29 03:00:00 +02:00" },
        { "America/New_York", "02:30", "2026-03-07 12:00", "2026-03-08 03:00:00 -04:00" },
        { "America/New_York", "02:59", "2026-03-07 12:00", "2026-03-08 03:00:00 -04:00" },
        { "Australia/Sydney", "02:30", "2026-10-03 12:00", "2026-10-04 03:00:00 +11:00" },
    };

    [Theory]
    [MemberData(nameof(SpringForward))]
    public void Daily_time_inside_the_spring_forward_gap_runs_when_the_gap_ends(string zoneId, string time, string after, string expected)
    {
        var zone = Zones.ById(zoneId);
        var daily = Recurrence.Daily(TimeOnly.Parse(time, CultureInfo.InvariantCulture));

        var next = RecurrenceCalendar.Next(daily, zone, zone.At(after));

        Assert.Equal(expected, next.Show());
    }

    [Theory]
    [MemberData(nameof(SpringForward))]
    public void After_the_gap_run_the_next_run_is_the_following_day_at_the_normal_time(string zoneId, string time, string after, string gapRun)
    {
        var zone = Zones.ById(zoneId);
        var daily = Recurrence.Daily(TimeOnly.Parse(time, CultureInfo.InvariantCulture));
        var first = RecurrenceCalendar.Next(daily, zone, zone.At(after))!.Value;

        var second = RecurrenceCalendar.Next(daily, zone, first);

        Assert.Equal(gapRun, first.Show());
        Assert.Equal(DateOnly.FromDateTime(first.DateTime).AddDays(1).ToDateTime(TimeOnly.Parse(time, CultureInfo.InvariantCulture)), second!.Value.DateTime);
    }

    public static TheoryData<string, string, string, string, string> FallBack => new()
    {
        // zone, time, after (local, before the overlap), expected run (first pass), run on the day after
        { "Europe/Berlin", "02:30", "2026-10-24 12:00", "2026-10-25 02:30:00 +02:00", "2026-10-26 02:30:00 +01:00" },
        { "America/New_York", "01:30", "2026-10-31 12:00", "2026-11-01 01:30:00 -04:00", "2026-11-02 01:30:00 -05:00" },
        { "Australia/Sydney", "02:30", "2026-04-04 12:00", "2026-04-05 02:30:00 +11:00", "2026-04-06 02:30:00 +10:00" },
    };

    [Theory]
    [MemberData(nameof(FallBack))]
    public void Daily_time_that_occurs_twice_runs_once_at_its_first_occurrence(
        string zoneId, string time, string after, string expectedFirst, string expectedNextDay)
    {
        var zone = Zones.ById(zoneId);
        var daily = Recurrence.Daily(TimeOnly.Parse(time, CultureInfo.InvariantCulture));

        var runs = RecurrenceCalendar.Between(daily, zone, zone.At(after), zone.At(after).AddDays(2)).ToList();

        Assert.Equal([expectedFirst, expectedNextDay], runs.Take(2).Select(r => r.Show()));
    }

    [Fact]
    public void Asked_during_the_replayed_hour_the_doubled_time_does_not_run_again()
    {
        // 25 Oct 2026 00:45 UTC is 02:45 CEST (first pass); 01:15 UTC is 02:15 CET (second pass, after 02:30 CEST ran).
        var daily = Recurrence.Daily(new TimeOnly(2, 30));

        var fromSecondPass = RecurrenceCalendar.Next(daily, Zones.Berlin, Zones.Utc("2026-10-25 01:15"));
        var fromBeforeFirstPass = RecurrenceCalendar.Next(daily, Zones.Berlin, Zones.Utc("2026-10-25 00:15"));

        Assert.Equal("2026-10-26 02:30:00 +01:00", fromSecondPass.Show());
        Assert.Equal("2026-10-25 02:30:00 +02:00", fromBeforeFirstPass.Show());
    }

    [Fact]
    public void Weekly_and_monthly_runs_follow_the_same_gap_rule()
    {
        var weekly = Recurrence.Weekly(new TimeOnly(2, 15), DayOfWeek.Sunday);
        var monthly = Recurrence.Monthly(29, new TimeOnly(2, 15));

        Assert.Equal("2026-03-29 03:00:00 +02:00", RecurrenceCalendar.Next(weekly, Zones.Berlin, Zones.Berlin.At("2026-03-23 00:00")).Show());
        Assert.Equal("2026-03-29 03:00:00 +02:00", RecurrenceCalendar.Next(monthly, Zones.Berlin, Zones.Berlin.At("2026-03-01 00:00")).Show());
    }

    [Fact]
    public void Hourly_cron_runs_once_at_the_end_of_the_gap_and_once_for_the_replayed_hour()
    {
        var hourly = Recurrence.Cron("0 0 * * * ?");

        var spring = RecurrenceCalendar.Between(hourly, Zones.Berlin, Zones.Berlin.At("2026-03-29 00:30"), Zones.Berlin.At("2026-03-29 04:30"))
            .Select(r => r.Show());
        var autumn = RecurrenceCalendar.Between(hourly, Zones.Berlin, Zones.Berlin.At("2026-10-25 00:30"), Zones.Berlin.At("2026-10-25 04:30"))
            .Select(r => r.Show());

        // 02:00 does not exist: it runs at 03:00 CEST, which is also the 03:00 run — one run, not two.
        Assert.Equal(["2026-03-29 01:00:00 +01:00", "2026-03-29 03:00:00 +02:00", "2026-03-29 04:00:00 +02:00"], spring);
        // 02:00 occurs twice: only the CEST pass runs.
        Assert.Equal(["2026-10-25 01:00:00 +02:00", "2026-10-25 02:00:00 +02:00", "2026-10-25 03:00:00 +01:00", "2026-10-25 04:00:00 +01:00"], autumn);
    }

    [Fact]
    public void Cron_every_15_minutes_collapses_the_readings_a_gap_swallows_into_one_run()
    {
        var quarterly = Recurrence.Cron("0 0/15 * * * ?");

        var runs = RecurrenceCalendar.Between(quarterly, Zones.NewYork, Zones.NewYork.At("2026-03-08 01:40"), Zones.NewYork.At("2026-03-08 03:20"))
            .Select(r => r.Show());

        Assert.Equal(["2026-03-08 01:45:00 -05:00", "2026-03-08 03:00:00 -04:00", "2026-03-08 03:15:00 -04:00"], runs);
    }

    [Fact]
    public void Cron_every_15_minutes_skips_the_replayed_hour_in_sydney_autumn()
    {
        var quarterly = Recurrence.Cron("0 0/15 * * * ?");

        var runs = RecurrenceCalendar.Between(quarterly, Zones.Sydney, Zones.Sydney.At("2026-04-05 01:50"), Zones.Utc("2026-04-04 17:20"))
            .Select(r => r.Show()).ToList();

        // 02:00..02:45 AEDT run; the AEST replay of 02:00..02:45 does not; then 03:00 AEST (17:00 UTC) and 03:15.
        Assert.Equal(
        [
            "2026-04-05 02:00:00 +11:00", "2026-04-05 02:15:00 +11:00", "2026-04-05 02:30:00 +11:00", "2026-04-05 02:45:00 +11:00",
            "2026-04-05 03:00:00 +10:00", "2026-04-05 03:15:00 +10:00",
        ], runs);
    }

    [Fact]
    public void Cron_with_seconds_inside_the_gap_runs_at_the_first_instant_after_it()
    {
        var cron = Recurrence.Cron("30 45 2 * * ?");

        Assert.Equal("2026-10-04 03:00:00 +11:00", RecurrenceCalendar.Next(cron, Zones.Sydney, Zones.Sydney.At("2026-10-03 12:00")).Show());
        Assert.Equal("2026-10-05 02:45:30 +11:00", RecurrenceCalendar.Next(cron, Zones.Sydney, Zones.Sydney.At("2026-10-04 03:00")).Show());
    }

    [Fact]
    public void A_daily_schedule_has_one_run_on_each_transition_day_and_365_in_the_year()
    {
        foreach (var zone in new[] { Zones.Berlin, Zones.NewYork, Zones.Sydney })
        {
            foreach (var time in new[] { new TimeOnly(2, 30), new TimeOnly(1, 30), new TimeOnly(8, 0) })
            {
                var runs = RecurrenceCalendar.Between(Recurrence.Daily(time), zone, zone.At("2025-12-31 12:00"), zone.At("2026-12-31 12:00")).ToList();

                Assert.Equal(365, runs.Count);
                Assert.Equal(365, runs.Select(r => DateOnly.FromDateTime(r.DateTime)).Distinct().Count());
            }
        }
    }

    [Fact]
    public void Quartz_alone_would_run_the_replayed_hour_twice_so_the_calendar_adapts_it()
    {
        // Why cron goes through our wall-clock search: Quartz resolving the zone itself fires 02:00 CEST and 02:00 CET.
        var quartz = Quartz.CronExpression.Parse("0 0 * * * ?").WithTimeZone(Zones.Berlin);
        var from = Zones.Berlin.At("2026-10-25 00:30");
        var to = Zones.Berlin.At("2026-10-25 03:30");
        var quartzRuns = new List<DateTimeOffset>();
        for (var t = quartz.GetNextValidTimeAfter(from); t is { } run && run <= to; t = quartz.GetNextValidTimeAfter(run))
        {
            quartzRuns.Add(run);
        }

        var ours = RecurrenceCalendar.Between(Recurrence.Cron("0 0 * * * ?"), Zones.Berlin, from, to).ToList();

        Assert.Equal(4, quartzRuns.Count);
        Assert.Equal(3, ours.Count);
        Assert.Equal(["2026-10-25 01:00:00 +02:00", "2026-10-25 02:00:00 +02:00", "2026-10-25 03:00:00 +01:00"], ours.Select(r => r.Show()));
    }

    [Fact]
    public void Extreme_inputs_give_null_or_an_early_run_rather_than_an_exception()
    {
        var daily = Recurrence.Daily(new TimeOnly(8, 0));

        Assert.Null(RecurrenceCalendar.Next(daily, Zones.Sydney, DateTimeOffset.MaxValue));
        Assert.Null(RecurrenceCalendar.Next(Recurrence.Cron("0 0 8 * * ?"), Zones.NewYork, DateTimeOffset.MaxValue));
        Assert.True(RecurrenceCalendar.Next(daily, Zones.NewYork, DateTimeOffset.MinValue) > DateTimeOffset.MinValue);
    }
}
