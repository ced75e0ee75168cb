using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>Bad input gets a problem naming the field (path), a stable code, and a message saying what is allowed.</summary>
public sealed class RecurrenceValidatorTests
{
    private static readonly DateTimeOffset Now = Zones.Utc("2026-11-21 12:00");

    private static RecurrenceProblem Single(Recurrence recurrence, string zone = "Europe/Berlin")
    {
        var problems = RecurrenceValidator.Validate(recurrence, zone, Now);
        return Assert.Single(problems);
    }

    [Fact]
    public void A_valid_recurrence_has_no_problems()
    {
        Assert.Empty(RecurrenceValidator.Validate(Recurrence.Daily(new TimeOnly(8, 0)), "Europe/Berlin", Now));
        Assert.Empty(RecurrenceValidator.Validate(Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Monday), "America/New_York", Now));
        Assert.Empty(RecurrenceValidator.Validate(Recurrence.MonthlyOnLastDay(new TimeOnly(8, 0)) with { BusinessDaysOnly = true }, "Australia/Sydney", Now));
        Assert.Empty(RecurrenceValidator.Validate(Recurrence.Cron("0 0 8 ? * MON-FRI"), "UTC", Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(-5)]
    public void Day_of_month_outside_1_to_31_is_refused(int day)
    {
        var problem = Single(Recurrence.Monthly(day, new TimeOnly(8, 0)));

        Assert.Equal(["recurrence", "dayOfMonth"], problem.Path);
        Assert.Equal(RecurrenceProblemCodes.OutOfRange, problem.Code);
        Assert.Contains("recurrence.dayOfMonth must be between 1 and 31", problem.Message);
        Assert.Contains($"got {day}", problem.Message);
    }

    [Fact]
    public void Monthly_needs_a_day_or_last_day_but_not_both()
    {
        var missing = Single(new Recurrence { Kind = RecurrenceKind.Monthly, TimeOfDay = new TimeOnly(8, 0) });
        var both = Single(Recurrence.Monthly(5, new TimeOnly(8, 0)) with { LastDayOfMonth = true });

        Assert.Equal((RecurrenceProblemCodes.Required, "recurrence.dayOfMonth"), (missing.Code, missing.PathText));
        Assert.Contains("a day from 1 to 31, or set recurrence.lastDayOfMonth", missing.Message);
        Assert.Equal((RecurrenceProblemCodes.Conflict, "recurrence.dayOfMonth"), (both.Code, both.PathText));
    }

    [Fact]
    public void An_empty_weekday_set_is_refused()
    {
        var problem = Single(Recurrence.Weekly(new TimeOnly(8, 0)));

        Assert.Equal("recurrence.weekdays", problem.PathText);
        Assert.Equal(RecurrenceProblemCodes.Required, problem.Code);
        Assert.Contains("at least one day (Monday to Sunday)", problem.Message);
    }

    [Fact]
    public void Weekend_only_weekdays_with_business_days_only_would_never_run()
    {
        var problem = Single(Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Saturday, DayOfWeek.Sunday) with { BusinessDaysOnly = true });

        Assert.Equal((RecurrenceProblemCodes.Conflict, "recurrence.weekdays"), (problem.Code, problem.PathText));
        Assert.Contains("never run", problem.Message);
    }

    [Fact]
    public void An_undefined_weekday_value_is_refused()
    {
        var problem = Single(Recurrence.Weekly(new TimeOnly(8, 0), (DayOfWeek)9));

        Assert.Equal((RecurrenceProblemCodes.OutOfRange, "recurrence.weekdays"), (problem.Code, problem.PathText));
        Assert.Contains("contains 9", problem.Message);
    }

    [Theory]
    [InlineData(RecurrenceKind.Daily)]
    [InlineData(RecurrenceKind.Weekly)]
    [InlineData(RecurrenceKind.Monthly)]
    public void A_missing_time_of_day_is_refused(RecurrenceKind kind)
    {
        var recurrence = new Recurrence
        {
            Kind = kind,
            Weekdays = kind == RecurrenceKind.Weekly ? new HashSet<DayOfWeek> { DayOfWeek.Monday } : new HashSet<DayOfWeek>(),
            DayOfMonth = kind == RecurrenceKind.Monthly ? 1 : null,
        };

        var problem = Single(recurrence);

        Assert.Equal((RecurrenceProblemCodes.Required, "recurrence.timeOfDay"), (problem.Code, problem.PathText));
        Assert.Contains($"required for a {kind.ToString().ToLowerInvariant()} recurrence", problem.Message);
    }

    [Fact]
    public void Fields_another_kind_uses_are_refused_so_nothing_is_silently_ignored()
    {
        var problems = RecurrenceValidator.Validate(
            Recurrence.Daily(new TimeOnly(8, 0)) with { DayOfMonth = 3, Weekdays = new HashSet<DayOfWeek> { DayOfWeek.Friday }, CronExpression = "0 0 8 * * ?" },
            "Europe/Berlin",
            Now);

        Assert.Equal(["recurrence.cronExpression", "recurrence.weekdays", "recurrence.dayOfMonth"], problems.Select(p => p.PathText));
        Assert.All(problems, p => Assert.Equal(RecurrenceProblemCodes.NotApplicable, p.Code));
        Assert.Contains("recurrence.dayOfMonth must not be set for a daily recurrence", problems[2].Message);
    }

    [Fact]
    public void End_date_before_start_date_is_refused()
    {
        var problem = Single(Recurrence.Daily(new TimeOnly(8, 0)) with { StartDate = new DateOnly(2027, 3, 1), EndDate = new DateOnly(2027, 2, 1) });

        Assert.Equal((RecurrenceProblemCodes.EndBeforeStart, "recurrence.endDate"), (problem.Code, problem.PathText));
        Assert.Equal("recurrence.endDate 2027-02-01 is before recurrence.startDate 2027-03-01; it must be on or after it.", problem.Message);
    }

    [Fact]
    public void An_end_date_that_has_passed_is_reported_as_ended()
    {
        var problem = Single(Recurrence.Daily(new TimeOnly(8, 0)) with { EndDate = new DateOnly(2026, 11, 20) });

        Assert.Equal((RecurrenceProblemCodes.Ended, "recurrence.endDate"), (problem.Code, problem.PathText));
        Assert.Contains("2026-11-20", problem.Message);
    }

    [Theory]
    [InlineData("0 8 * * 1", "has 5 fields (Unix crontab form)", "'0 0 8 ? * MON'")]
    [InlineData("0 0 8", "has 3 fields; a Quartz expression has 6 or 7", "seconds minutes hours")]
    [InlineData("0 0 8 * * ? 2027 x", "has 8 fields", "day-of-week [year]")]
    [InlineData("0 0 25 * * ?", "is not a valid Quartz cron expression", "e.g. '0 0 8 ? * MON-FRI'")]
    [InlineData("0 61 8 * * ?", "is not a valid Quartz cron expression", "")]
    [InlineData("0 0 8 ? * FUNDAY", "is not a valid Quartz cron expression", "")]
    [InlineData("nonsense at all x y z", "is not a valid Quartz cron expression", "")]
    public void A_bad_cron_says_what_is_wrong_with_it(string cron, string expected, string alsoExpected)
    {
        var problem = Single(Recurrence.Cron(cron));

        Assert.Equal((RecurrenceProblemCodes.InvalidCron, "recurrence.cronExpression"), (problem.Code, problem.PathText));
        Assert.StartsWith($"recurrence.cronExpression '{cron}' ", problem.Message);
        Assert.Contains(expected, problem.Message);
        Assert.Contains(alsoExpected, problem.Message);
    }

    [Fact]
    public void A_missing_cron_or_a_time_of_day_on_cron_is_refused()
    {
        var missing = Single(new Recurrence { Kind = RecurrenceKind.Cron });
        var withTime = Single(Recurrence.Cron("0 0 8 * * ?") with { TimeOfDay = new TimeOnly(8, 0) });

        Assert.Equal((RecurrenceProblemCodes.Required, "recurrence.cronExpression"), (missing.Code, missing.PathText));
        Assert.Equal((RecurrenceProblemCodes.NotApplicable, "recurrence.timeOfDay"), (withTime.Code, withTime.PathText));
        Assert.Contains("the cron expression carries the time", withTime.Message);
    }

    [Theory]
    [InlineData("0 0 12 30 2 ?")]
    [InlineData("0 0 8 1 1 ? 2020")]
    public void A_cron_that_never_fires_is_refused(string cron)
    {
        var problem = Single(Recurrence.Cron(cron));

        Assert.Equal((RecurrenceProblemCodes.NeverFires, "recurrence.cronExpression"), (problem.Code, problem.PathText));
        Assert.Equal($"recurrence.cronExpression '{cron}' never fires from now on (for example a date that does not exist, a year that has passed, or only weekend days with businessDaysOnly).", problem.Message);
    }

    [Fact]
    public void A_weekend_only_cron_with_business_days_only_never_fires()
    {
        var problem = Single(Recurrence.Cron("0 0 8 ? * SAT,SUN") with { BusinessDaysOnly = true });

        Assert.Equal((RecurrenceProblemCodes.NeverFires, "recurrence.cronExpression"), (problem.Code, problem.PathText));
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var problem = Single(new Recurrence { Kind = (RecurrenceKind)42 });

        Assert.Equal((RecurrenceProblemCodes.OutOfRange, "recurrence.kind"), (problem.Code, problem.PathText));
    }

    [Fact]
    public void A_missing_recurrence_and_a_bad_zone_are_both_reported()
    {
        var problems = RecurrenceValidator.Validate(null, "Mars/Olympus_Mons", Now);

        Assert.Equal(["timeZone", "recurrence"], problems.Select(p => p.PathText));
        Assert.Equal(RecurrenceProblemCodes.InvalidTimeZone, problems[0].Code);
        Assert.StartsWith("timeZone 'Mars/Olympus_Mons' is not a known IANA time zone id", problems[0].Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var problems = RecurrenceValidator.Validate(
            new Recurrence { Kind = RecurrenceKind.Monthly, DayOfMonth = 0, StartDate = new DateOnly(2027, 1, 2), EndDate = new DateOnly(2027, 1, 1) },
            "Europe/Berln",
            Now);

        Assert.Equal(["timeZone", "recurrence.timeOfDay", "recurrence.dayOfMonth", "recurrence.endDate"], problems.Select(p => p.PathText));
    }
}
