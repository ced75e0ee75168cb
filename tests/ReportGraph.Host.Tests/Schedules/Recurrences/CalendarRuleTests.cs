using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>Daily, weekly and monthly rules, month ends, leap years, business days and start/end dates.</summary>
public sealed class CalendarRuleTests
{
    private static readonly TimeZoneInfo Berlin = Zones.Berlin;

    private static List<string> Runs(Recurrence recurrence, TimeZoneInfo zone, string from, string to) =>
        RecurrenceCalendar.Between(recurrence, zone, zone.At(from), zone.At(to)).Select(r => r.Show()).ToList();

    [Fact]
    public void Daily_runs_later_the_same_day_or_else_the_next_day()
    {
        var daily = Recurrence.Daily(new TimeOnly(8, 0));

        Assert.Equal("2026-11-16 08:00:00 +01:00", RecurrenceCalendar.Next(daily, Berlin, Berlin.At("2026-11-16 07:59:59")).Show());
        Assert.Equal("2026-11-17 08:00:00 +01:00", RecurrenceCalendar.Next(daily, Berlin, Berlin.At("2026-11-16 08:00")).Show());
    }

    [Fact]
    public void The_result_is_in_the_schedules_zone_even_when_asked_in_utc()
    {
        var daily = Recurrence.Daily(new TimeOnly(8, 0));

        var next = RecurrenceCalendar.Next(daily, Zones.Sydney, Zones.Utc("2026-11-16 00:00"));

        Assert.Equal("2026-11-17 08:00:00 +11:00", next.Show());
    }

    [Fact]
    public void Weekly_runs_on_each_chosen_weekday()
    {
        var weekly = Recurrence.Weekly(new TimeOnly(7, 30), DayOfWeek.Thursday, DayOfWeek.Monday);

        var runs = Runs(weekly, Berlin, "2026-11-16 07:30", "2026-11-30 07:30");

        Assert.Equal(["2026-11-19 07:30:00 +01:00", "2026-11-23 07:30:00 +01:00", "2026-11-26 07:30:00 +01:00", "2026-11-30 07:30:00 +01:00"], runs);
    }

    [Theory]
    [InlineData(2026, 52)]
    [InlineData(2027, 52)]
    public void Weekly_on_monday_runs_52_times_in_a_year(int year, int expected)
    {
        var weekly = Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Monday);

        Assert.Equal(expected, Runs(weekly, Zones.NewYork, $"{year - 1}-12-31 23:00", $"{year}-12-31 23:00").Count);
    }

    [Fact]
    public void Day_31_runs_on_the_last_day_of_30_day_months_and_february()
    {
        var monthly = Recurrence.Monthly(31, new TimeOnly(18, 0));

        var runs = Runs(monthly, Berlin, "2026-01-01 00:00", "2026-12-31 23:00");

        Assert.Equal(
        [
            "2026-01-31 18:00:00 +01:00", "2026-02-28 18:00:00 +01:00", "2026-03-31 18:00:00 +02:00", "2026-04-30 18:00:00 +02:00",
            "2026-05-31 18:00:00 +02:00", "2026-06-30 18:00:00 +02:00", "2026-07-31 18:00:00 +02:00", "2026-08-31 18:00:00 +02:00",
            "2026-09-30 18:00:00 +02:00", "2026-10-31 18:00:00 +01:00", "2026-11-30 18:00:00 +01:00", "2026-12-31 18:00:00 +01:00",
        ], runs);
    }

    [Theory]
    [InlineData(29, "2028-02-29")] // leap year: the 29th exists
    [InlineData(30, "2028-02-29")]
    [InlineData(29, "2027-02-28", 2027)]
    [InlineData(30, "2027-02-28", 2027)]
    public void Days_29_to_31_in_february_run_on_its_last_day(int day, string expectedDate, int year = 2028)
    {
        var monthly = Recurrence.Monthly(day, new TimeOnly(9, 0));

        var next = RecurrenceCalendar.Next(monthly, Berlin, Berlin.At($"{year}-02-01 00:00"));

        Assert.Equal($"{expectedDate} 09:00:00 +01:00", next.Show());
    }

    [Fact]
    public void Day_30_returns_to_the_30th_in_march_after_february_was_clamped()
    {
        var monthly = Recurrence.Monthly(30, new TimeOnly(9, 0));

        var runs = Runs(monthly, Berlin, "2027-02-01 00:00", "2027-04-01 00:00");

        Assert.Equal(["2027-02-28 09:00:00 +01:00", "2027-03-30 09:00:00 +02:00"], runs);
    }

    [Fact]
    public void Last_day_of_month_includes_february_29_in_leap_years()
    {
        var lastDay = Recurrence.MonthlyOnLastDay(new TimeOnly(18, 0));

        var runs = Runs(lastDay, Zones.NewYork, "2028-01-31 19:00", "2028-04-30 19:00");

        Assert.Equal(["2028-02-29 18:00:00 -05:00", "2028-03-31 18:00:00 -04:00", "2028-04-30 18:00:00 -04:00"], runs);
    }

    [Fact]
    public void A_february_29_cron_runs_only_in_leap_years()
    {
        var leapDay = Recurrence.Cron("0 0 12 29 2 ?");

        var runs = Runs(leapDay, Berlin, "2026-01-01 00:00", "2037-01-01 00:00");

        Assert.Equal(["2028-02-29 12:00:00 +01:00", "2032-02-29 12:00:00 +01:00", "2036-02-29 12:00:00 +01:00"], runs);
    }

    [Fact]
    public void Monthly_counts_twelve_runs_a_year_for_every_day_of_month()
    {
        for (var day = 1; day <= 31; day++)
        {
            var runs = Runs(Recurrence.Monthly(day, new TimeOnly(0, 0)), Zones.Sydney, "2027-12-31 23:59", "2028-12-31 23:59");
            Assert.Equal(12, runs.Count);
        }
    }

    [Fact]
    public void Business_days_only_daily_skips_saturday_and_sunday()
    {
        var daily = Recurrence.Daily(new TimeOnly(8, 0)) with { BusinessDaysOnly = true };

        // Friday 20 Nov 2026 08:00 -> Monday 23 Nov.
        Assert.Equal("2026-11-23 08:00:00 +01:00", RecurrenceCalendar.Next(daily, Berlin, Berlin.At("2026-11-20 08:00")).Show());
        // 2026 has 261 weekdays.
        Assert.Equal(261, Runs(daily, Berlin, "2025-12-31 12:00", "2026-12-31 12:00").Count);
    }

    [Fact]
    public void Business_days_only_weekly_drops_the_weekend_days_of_the_set()
    {
        var weekly = Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Saturday, DayOfWeek.Wednesday) with { BusinessDaysOnly = true };

        var runs = Runs(weekly, Berlin, "2026-11-16 00:00", "2026-11-30 00:00");

        Assert.Equal(["2026-11-18 08:00:00 +01:00", "2026-11-25 08:00:00 +01:00"], runs);
    }

    [Fact]
    public void Business_days_only_monthly_moves_a_weekend_date_to_the_friday_before()
    {
        var lastDay = Recurrence.MonthlyOnLastDay(new TimeOnly(18, 0)) with { BusinessDaysOnly = true };

        // 31 Jan 2026 is a Saturday, 28 Feb a Saturday, 31 May a Sunday; 30 Apr a Thursday.
        var runs = Runs(lastDay, Berlin, "2026-01-01 00:00", "2026-06-01 00:00");

        Assert.Equal(
            ["2026-01-30 18:00:00 +01:00", "2026-02-27 18:00:00 +01:00", "2026-03-31 18:00:00 +02:00", "2026-04-30 18:00:00 +02:00", "2026-05-29 18:00:00 +02:00"],
            runs);
    }

    [Fact]
    public void Business_days_only_monthly_moves_forward_when_the_friday_before_is_in_the_previous_month()
    {
        // 1 Aug 2026 is a Saturday, 1 Nov 2026 a Sunday: the Friday before lies in the previous month.
        var first = Recurrence.Monthly(1, new TimeOnly(9, 0)) with { BusinessDaysOnly = true };

        var runs = Runs(first, Berlin, "2026-07-15 00:00", "2026-11-15 00:00");

        Assert.Equal(["2026-08-03 09:00:00 +02:00", "2026-09-01 09:00:00 +02:00", "2026-10-01 09:00:00 +02:00", "2026-11-02 09:00:00 +01:00"], runs);
    }

    [Fact]
    public void Business_days_only_cron_skips_weekend_occurrences()
    {
        var cron = Recurrence.Cron("0 0 12 * * ?") with { BusinessDaysOnly = true };

        var runs = Runs(cron, Berlin, "2026-11-20 12:00", "2026-11-24 12:00");

        Assert.Equal(["2026-11-23 12:00:00 +01:00", "2026-11-24 12:00:00 +01:00"], runs);
    }

    [Fact]
    public void Start_date_holds_runs_back_until_that_local_date()
    {
        var daily = Recurrence.Daily(new TimeOnly(0, 0)) with { StartDate = new DateOnly(2026, 12, 1) };

        Assert.Equal("2026-12-01 00:00:00 +01:00", RecurrenceCalendar.Next(daily, Berlin, Berlin.At("2026-11-16 12:00")).Show());
    }

    [Fact]
    public void Start_date_is_read_in_the_schedules_zone_not_utc()
    {
        // 1 Dec 00:30 in Sydney is 30 Nov 13:30 UTC: it is on the start date locally.
        var daily = Recurrence.Daily(new TimeOnly(0, 30)) with { StartDate = new DateOnly(2026, 12, 1) };

        Assert.Equal("2026-12-01 00:30:00 +11:00", RecurrenceCalendar.Next(daily, Zones.Sydney, Zones.Utc("2026-11-20 00:00")).Show());
    }

    [Fact]
    public void End_date_is_inclusive_and_next_is_null_once_it_has_passed()
    {
        var daily = Recurrence.Daily(new TimeOnly(8, 0)) with { StartDate = new DateOnly(2026, 11, 16), EndDate = new DateOnly(2026, 11, 18) };

        var runs = Runs(daily, Berlin, "2026-01-01 00:00", "2027-01-01 00:00");

        Assert.Equal(["2026-11-16 08:00:00 +01:00", "2026-11-17 08:00:00 +01:00", "2026-11-18 08:00:00 +01:00"], runs);
        Assert.Null(RecurrenceCalendar.Next(daily, Berlin, Berlin.At("2026-11-18 08:00")));
        Assert.Null(RecurrenceCalendar.Next(daily, Berlin, Berlin.At("2027-06-01 08:00")));
    }

    [Fact]
    public void A_start_and_end_on_the_same_day_allow_exactly_that_day()
    {
        var weekly = Recurrence.Weekly(new TimeOnly(9, 0), DayOfWeek.Monday) with { StartDate = new DateOnly(2026, 11, 16), EndDate = new DateOnly(2026, 11, 16) };

        Assert.Equal(["2026-11-16 09:00:00 +01:00"], Runs(weekly, Berlin, "2026-01-01 00:00", "2027-01-01 00:00"));
    }

    [Fact]
    public void Between_is_lazy_so_an_every_second_cron_can_be_read_in_part()
    {
        var everySecond = Recurrence.Cron("* * * ? * *");

        var firstThree = RecurrenceCalendar.Between(everySecond, Berlin, Berlin.At("2026-11-16 08:00"), DateTimeOffset.MaxValue).Take(3).Select(r => r.Show());

        Assert.Equal(["2026-11-16 08:00:01 +01:00", "2026-11-16 08:00:02 +01:00", "2026-11-16 08:00:03 +01:00"], firstThree);
    }

    [Fact]
    public void Between_with_an_empty_or_reversed_range_yields_nothing()
    {
        var daily = Recurrence.Daily(new TimeOnly(8, 0));

        Assert.Empty(RecurrenceCalendar.Between(daily, Berlin, Berlin.At("2026-11-16 08:00"), Berlin.At("2026-11-16 08:00")));
        Assert.Empty(RecurrenceCalendar.Between(daily, Berlin, Berlin.At("2026-11-17 09:00"), Berlin.At("2026-11-16 09:00")));
    }

    [Fact]
    public void Recurrences_compare_by_value_including_the_weekday_set()
    {
        var a = Recurrence.Weekly(new TimeOnly(7, 30), DayOfWeek.Monday, DayOfWeek.Thursday);
        var b = Recurrence.Weekly(new TimeOnly(7, 30), DayOfWeek.Thursday, DayOfWeek.Monday, DayOfWeek.Monday);
        var c = Recurrence.Weekly(new TimeOnly(7, 30), DayOfWeek.Monday);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, a with { BusinessDaysOnly = true });
    }

    [Fact]
    public void An_invalid_recurrence_is_refused_with_the_validators_message()
    {
        var broken = Recurrence.Monthly(32, new TimeOnly(8, 0));

        var error = Assert.Throws<ArgumentException>(() => RecurrenceCalendar.Next(broken, Berlin, DateTimeOffset.UnixEpoch));
        Assert.Contains("recurrence.dayOfMonth must be between 1 and 31", error.Message);
        Assert.Throws<ArgumentException>(() => RecurrenceCalendar.Between(broken, Berlin, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue).ToList());
    }

    [Fact]
    public void A_recurrence_prints_only_the_members_that_are_set()
    {
        var weekly = Recurrence.Weekly(new TimeOnly(7, 30), DayOfWeek.Thursday, DayOfWeek.Monday) with { EndDate = new DateOnly(2027, 1, 31) };

        Assert.Equal("Recurrence { Kind = Weekly, TimeOfDay = 07:30:00, Weekdays = [Monday, Thursday], EndDate = 2027-01-31 }", weekly.ToString());
    }
}
