namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>A recurrence's rule on local wall-clock readings, ignoring time zones entirely.</summary>
internal interface IWallClockRule
{
    /// <summary>The first reading the rule names strictly after <paramref name="reading"/>, or null if none ever.</summary>
    DateTime? NextReading(DateTime reading);
}

/// <summary>Builds the wall-clock rule for each <see cref="RecurrenceKind"/>.</summary>
internal static class WallClockRules
{
    public static IWallClockRule For(Recurrence recurrence) => recurrence.Kind switch
    {
        RecurrenceKind.Daily => new DaysOfWeekRule(
            recurrence.TimeOfDay!.Value, Enum.GetValues<DayOfWeek>(), recurrence.BusinessDaysOnly),
        RecurrenceKind.Weekly => new DaysOfWeekRule(
            recurrence.TimeOfDay!.Value, recurrence.Weekdays, recurrence.BusinessDaysOnly),
        RecurrenceKind.Monthly => new MonthlyRule(
            recurrence.TimeOfDay!.Value, recurrence.LastDayOfMonth ? null : recurrence.DayOfMonth, recurrence.BusinessDaysOnly),
        RecurrenceKind.Cron => new CronRule(QuartzCron.Parse(recurrence.CronExpression!), recurrence.BusinessDaysOnly),
        _ => throw new ArgumentOutOfRangeException(nameof(recurrence), recurrence.Kind, "Unknown recurrence kind."),
    };

    internal static bool IsWeekend(DayOfWeek day) => day is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>Daily and weekly rules: a time of day on a set of weekdays.</summary>
internal sealed class DaysOfWeekRule : IWallClockRule
{
    private readonly TimeOnly _time;
    private readonly bool[] _runsOn = new bool[7];

    public DaysOfWeekRule(TimeOnly time, IEnumerable<DayOfWeek> days, bool businessDaysOnly)
    {
        _time = time;
        foreach (var day in days)
        {
            _runsOn[(int)day] = !(businessDaysOnly && WallClockRules.IsWeekend(day));
        }
    }

    public DateTime? NextReading(DateTime reading)
    {
        var date = DateOnly.FromDateTime(reading);
        if (date.ToDateTime(_time) <= reading)
        {
            date = date.AddDays(1);
        }

        for (var i = 0; i < 7; i++, date = date.AddDays(1))
        {
            if (_runsOn[(int)date.DayOfWeek])
            {
                return date.ToDateTime(_time);
            }
        }

        return null;
    }
}

/// <summary>Monthly rules: a day (clamped to the month's end) or the last day, optionally on business days only.</summary>
internal sealed class MonthlyRule(TimeOnly time, int? dayOfMonth, bool businessDaysOnly) : IWallClockRule
{
    public DateTime? NextReading(DateTime reading)
    {
        var month = new DateOnly(reading.Year, reading.Month, 1);
        for (var i = 0; i < 2; i++, month = month.AddMonths(1))
        {
            var candidate = RunDate(month.Year, month.Month).ToDateTime(time);
            if (candidate > reading)
            {
                return candidate;
            }
        }

        // Every month has exactly one run date inside it, so the next month always answers.
        throw new InvalidOperationException("Unreachable: a monthly rule runs every month.");
    }

    /// <summary>The date the rule runs on in a month.</summary>
    public DateOnly RunDate(int year, int month)
    {
        var lastDay = DateTime.DaysInMonth(year, month);
        var date = new DateOnly(year, month, Math.Min(dayOfMonth ?? lastDay, lastDay));
        if (!businessDaysOnly || !WallClockRules.IsWeekend(date.DayOfWeek))
        {
            return date;
        }

        // Modified preceding: back to Friday, unless that leaves the month (the 1st or 2nd), then on to Monday.
        var friday = date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? -1 : -2);
        return friday.Month == month ? friday : date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
    }
}

/// <summary>
/// Cron rules. Quartz evaluates the expression in UTC, where no DST exists, on readings disguised as UTC instants;
/// <see cref="ZonedWallClock"/> then applies our DST rules, which Quartz's own zone handling need not match.
/// </summary>
internal sealed class CronRule(Quartz.CronExpression expression, bool businessDaysOnly) : IWallClockRule
{
    public DateTime? NextReading(DateTime reading)
    {
        var cursor = reading;
        while (true)
        {
            if (expression.GetNextValidTimeAfter(new DateTimeOffset(cursor, TimeSpan.Zero)) is not { } next)
            {
                return null;
            }

            var candidate = DateTime.SpecifyKind(next.DateTime, DateTimeKind.Unspecified);
            if (!businessDaysOnly || !WallClockRules.IsWeekend(candidate.DayOfWeek))
            {
                return candidate;
            }

            // Skip the rest of the weekend day in one step (Quartz searches from the next whole second).
            cursor = candidate.Date.AddDays(1).AddSeconds(-1);
        }
    }
}
