using ReportGraph.Abstractions;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>The period a run covers and its label, as shown in the email and handed to the plugin.</summary>
public sealed class ReportingPeriodsTests
{
    private static readonly TimeZoneInfo Berlin = Zones.Berlin;

    private static string Show(ReportPeriod period) => $"{period.Start.Show()} .. {period.End.Show()} | {period.Label}";

    [Fact]
    public void Daily_covers_the_previous_local_day()
    {
        var period = ReportingPeriods.For(Recurrence.Daily(new TimeOnly(8, 0)), Berlin, Berlin.At("2026-11-17 08:00"), null);

        Assert.Equal("2026-11-16 00:00:00 +01:00 .. 2026-11-17 00:00:00 +01:00 | Monday 16 November 2026", Show(period));
        Assert.Equal(new DateOnly(2026, 11, 16), period.StartDate);
        Assert.Equal(new DateOnly(2026, 11, 16), period.EndDateInclusive);
    }

    [Fact]
    public void Daily_period_is_the_local_day_even_when_the_run_is_given_in_utc()
    {
        // 16 Nov 21:30 UTC is 17 Nov 08:30 in Sydney: the run reports on Sydney's 16 November.
        var period = ReportingPeriods.For(Recurrence.Daily(new TimeOnly(8, 30)), Zones.Sydney, Zones.Utc("2026-11-16 21:30"), null);

        Assert.Equal("2026-11-16 00:00:00 +11:00 .. 2026-11-17 00:00:00 +11:00 | Monday 16 November 2026", Show(period));
    }

    [Fact]
    public void A_day_with_a_dst_change_is_23_or_25_hours_long()
    {
        var daily = Recurrence.Daily(new TimeOnly(8, 0));

        var spring = ReportingPeriods.For(daily, Berlin, Berlin.At("2026-03-30 08:00"), null);
        var autumn = ReportingPeriods.For(daily, Berlin, Berlin.At("2026-10-26 08:00"), null);

        Assert.Equal(TimeSpan.FromHours(23), spring.End - spring.Start);
        Assert.Equal(TimeSpan.FromHours(25), autumn.End - autumn.Start);
        Assert.Equal("Sunday 25 October 2026", autumn.Label);
    }

    [Fact]
    public void A_midnight_that_does_not_exist_starts_the_day_when_the_clocks_jumped_to()
    {
        // America/Santiago: 6 Sep 2026 00:00 -04:00 jumps to 01:00 -03:00.
        var santiago = Zones.ById("America/Santiago");

        var period = ReportingPeriods.For(Recurrence.Daily(new TimeOnly(8, 0)), santiago, santiago.At("2026-09-07 08:00"), null);

        Assert.Equal("2026-09-06 01:00:00 -03:00 .. 2026-09-07 00:00:00 -03:00 | Sunday 6 September 2026", Show(period));
    }

    [Fact]
    public void Weekly_covers_the_seven_days_before_the_run_with_the_iso_week()
    {
        var period = ReportingPeriods.For(Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Monday), Berlin, Berlin.At("2026-11-23 08:00"), null);

        Assert.Equal("2026-11-16 00:00:00 +01:00 .. 2026-11-23 00:00:00 +01:00 | Week 47, 2026 (16–22 Nov)", Show(period));
    }

    [Theory]
    [InlineData("2026-12-07 08:00", "Week 49, 2026 (30 Nov – 6 Dec)")]
    [InlineData("2027-01-04 08:00", "Week 53, 2026 (28 Dec 2026 – 3 Jan 2027)")]
    [InlineData("2026-11-26 08:00", "19–25 Nov 2026")]
    [InlineData("2026-12-03 08:00", "26 Nov – 2 Dec 2026")]
    [InlineData("2027-01-02 08:00", "26 Dec 2026 – 1 Jan 2027")]
    public void Weekly_labels_span_months_and_years(string run, string label)
    {
        var period = ReportingPeriods.For(Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Monday), Berlin, Berlin.At(run), null);

        Assert.Equal(label, period.Label);
        Assert.Equal(7, period.EndDateInclusive.DayNumber - period.StartDate.DayNumber + 1);
    }

    [Fact]
    public void Monthly_covers_the_previous_calendar_month()
    {
        var period = ReportingPeriods.For(Recurrence.Monthly(3, new TimeOnly(8, 0)), Berlin, Berlin.At("2026-11-03 08:00"), null);

        Assert.Equal("2026-10-01 00:00:00 +02:00 .. 2026-11-01 00:00:00 +01:00 | October 2026", Show(period));
        Assert.Equal(TimeSpan.FromHours((31 * 24) + 1), period.End - period.Start);
    }

    [Fact]
    public void Monthly_in_january_covers_december_of_the_year_before()
    {
        var period = ReportingPeriods.For(Recurrence.MonthlyOnLastDay(new TimeOnly(8, 0)), Zones.NewYork, Zones.NewYork.At("2027-01-31 08:00"), null);

        Assert.Equal("2026-12-01 00:00:00 -05:00 .. 2027-01-01 00:00:00 -05:00 | December 2026", Show(period));
    }

    [Fact]
    public void Cron_covers_the_time_since_the_previous_occurrence()
    {
        var cron = Recurrence.Cron("0 0 8,12 * * ?");

        var sameDay = ReportingPeriods.For(cron, Berlin, Berlin.At("2026-11-16 12:00"), Berlin.At("2026-11-16 08:00"));
        var overnight = ReportingPeriods.For(cron, Berlin, Berlin.At("2026-11-17 08:00"), Berlin.At("2026-11-16 12:00"));

        Assert.Equal("2026-11-16 08:00:00 +01:00 .. 2026-11-16 12:00:00 +01:00 | 16 Nov 2026 08:00–12:00", Show(sameDay));
        Assert.Equal("2026-11-16 12:00:00 +01:00 .. 2026-11-17 08:00:00 +01:00 | 16 Nov 2026 12:00 – 17 Nov 2026 08:00", Show(overnight));
    }

    [Fact]
    public void Cron_without_a_previous_occurrence_covers_one_local_day_back()
    {
        var midnight = ReportingPeriods.For(Recurrence.Cron("0 0 0 * * ?"), Berlin, Berlin.At("2026-11-17 00:00"), null);
        var acrossDst = ReportingPeriods.For(Recurrence.Cron("0 0 9 * * ?"), Berlin, Berlin.At("2026-03-30 09:00"), null);

        Assert.Equal("2026-11-16 00:00:00 +01:00 .. 2026-11-17 00:00:00 +01:00 | Monday 16 November 2026", Show(midnight));
        Assert.Equal("2026-03-29 09:00:00 +02:00 .. 2026-03-30 09:00:00 +02:00 | 29 Mar 2026 09:00 – 30 Mar 2026 09:00", Show(acrossDst));
    }

    [Fact]
    public void A_previous_occurrence_not_before_the_run_is_refused()
    {
        var cron = Recurrence.Cron("0 0 8 * * ?");
        var run = Berlin.At("2026-11-16 08:00");

        var error = Assert.Throws<ArgumentException>(() => ReportingPeriods.For(cron, Berlin, run, run));
        Assert.Contains("must be before occurrence", error.Message);
    }
}
