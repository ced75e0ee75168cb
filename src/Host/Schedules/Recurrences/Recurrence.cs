using System.Collections.Immutable;
using System.Text;

namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>
/// When a schedule runs, as local wall-clock rules in the schedule's time zone (the zone itself lives on the
/// schedule, not here). Immutable; compares by value, including the weekday set. Use the factory methods and
/// <c>with</c> for the optional parts, then check it with <see cref="RecurrenceValidator"/>: an instance can hold
/// invalid combinations so that every problem of a user's input can be reported at once.
/// </summary>
public sealed record Recurrence
{
    private ImmutableSortedSet<DayOfWeek> _weekdays = ImmutableSortedSet<DayOfWeek>.Empty;

    /// <summary>Which kind of rule this is; decides which of the other properties apply.</summary>
    public required RecurrenceKind Kind { get; init; }

    /// <summary>Local time of day for daily, weekly and monthly rules; unused by cron.</summary>
    public TimeOnly? TimeOfDay { get; init; }

    /// <summary>The days a weekly rule runs on (Sunday = 0, as <see cref="DayOfWeek"/>); empty for other kinds.</summary>
    public IReadOnlySet<DayOfWeek> Weekdays
    {
        get => _weekdays;
        init => _weekdays = value is null ? ImmutableSortedSet<DayOfWeek>.Empty : value.ToImmutableSortedSet();
    }

    /// <summary>Day 1–31 of a monthly rule; days past a month's end run on its last day. Null for "last day" rules.</summary>
    public int? DayOfMonth { get; init; }

    /// <summary>True when a monthly rule runs on the last day of every month.</summary>
    public bool LastDayOfMonth { get; init; }

    /// <summary>A Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year]) for cron rules.</summary>
    public string? CronExpression { get; init; }

    /// <summary>
    /// Only run Monday to Friday. Daily and cron rules skip weekend occurrences; weekly rules drop weekend days;
    /// monthly rules move a weekend date to the Friday before, or to the Monday after when the Friday lies in the
    /// previous month ("modified preceding"), so every month still gets exactly one run.
    /// </summary>
    public bool BusinessDaysOnly { get; init; }

    /// <summary>First local date (inclusive) on which the schedule may run; null for no lower bound.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Last local date (inclusive) on which the schedule may run; null for no end.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Every day at <paramref name="at"/>.</summary>
    public static Recurrence Daily(TimeOnly at) => new() { Kind = RecurrenceKind.Daily, TimeOfDay = at };

    /// <summary>On each of <paramref name="days"/> at <paramref name="at"/>.</summary>
    public static Recurrence Weekly(TimeOnly at, params DayOfWeek[] days) =>
        new() { Kind = RecurrenceKind.Weekly, TimeOfDay = at, Weekdays = days.ToImmutableSortedSet() };

    /// <summary>On day <paramref name="dayOfMonth"/> (1–31) of every month at <paramref name="at"/>.</summary>
    public static Recurrence Monthly(int dayOfMonth, TimeOnly at) =>
        new() { Kind = RecurrenceKind.Monthly, TimeOfDay = at, DayOfMonth = dayOfMonth };

    /// <summary>On the last day of every month at <paramref name="at"/>.</summary>
    public static Recurrence MonthlyOnLastDay(TimeOnly at) =>
        new() { Kind = RecurrenceKind.Monthly, TimeOfDay = at, LastDayOfMonth = true };

    /// <summary>At the times the Quartz cron <paramref name="expression"/> names, read in the schedule's zone.</summary>
    public static Recurrence Cron(string expression) => new() { Kind = RecurrenceKind.Cron, CronExpression = expression };

    /// <inheritdoc />
    public bool Equals(Recurrence? other) =>
        other is not null
        && Kind == other.Kind
        && TimeOfDay == other.TimeOfDay
        && _weekdays.SetEquals(other._weekdays)
        && DayOfMonth == other.DayOfMonth
        && LastDayOfMonth == other.LastDayOfMonth
        && string.Equals(CronExpression, other.CronExpression, StringComparison.Ordinal)
        && BusinessDaysOnly == other.BusinessDaysOnly
        && StartDate == other.StartDate
        && EndDate == other.EndDate;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(TimeOfDay);
        foreach (var day in _weekdays)
        {
            hash.Add(day);
        }

        hash.Add(DayOfMonth);
        hash.Add(LastDayOfMonth);
        hash.Add(CronExpression, StringComparer.Ordinal);
        hash.Add(BusinessDaysOnly);
        hash.Add(StartDate);
        hash.Add(EndDate);
        return hash.ToHashCode();
    }

    // Shown in logs and test failures: only the members that are set, with the weekday set spelled out.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind);
        Append(builder, "TimeOfDay", TimeOfDay?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        Append(builder, "Weekdays", _weekdays.Count > 0 ? "[" + string.Join(", ", _weekdays) + "]" : null);
        Append(builder, "DayOfMonth", DayOfMonth?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(builder, "LastDayOfMonth", LastDayOfMonth ? "True" : null);
        Append(builder, "CronExpression", CronExpression is null ? null : $"'{CronExpression}'");
        Append(builder, "BusinessDaysOnly", BusinessDaysOnly ? "True" : null);
        Append(builder, "StartDate", StartDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Append(builder, "EndDate", EndDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    private static void Append(StringBuilder builder, string name, string? value)
    {
        if (value is not null)
        {
            builder.Append(", ").Append(name).Append(" = ").Append(value);
        }
    }
}
