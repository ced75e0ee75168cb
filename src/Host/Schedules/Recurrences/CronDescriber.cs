using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>
/// Explains Quartz cron expressions in English. Common shapes read naturally ("Every Monday to Friday at 07:30",
/// "Every 15 minutes", "On the last Friday of every month at 08:00"); anything else is explained field by field,
/// so every valid expression gets an honest description.
/// </summary>
internal static partial class CronDescriber
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public static string Describe(string expression)
    {
        string normalised;
        try
        {
            // Quartz expands macros such as @daily and upper-cases names, so only its canonical form needs reading.
            normalised = QuartzCron.Parse(expression).CronExpressionString;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return $"Invalid cron expression '{expression}': {ex.Message}";
        }

        var fields = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (seconds, minutes, hours, daysOfMonth, months, daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
        var year = fields.Length > 6 ? DescribeYear(fields[6]) : "";

        var days = DescribeDays(daysOfMonth, months, daysOfWeek);
        if (SingleTimes(seconds, minutes, hours) is { } times)
        {
            return EnglishWords.Capitalise(days) + " at " + EnglishWords.List(times) + year;
        }

        var repeating = DescribeRepeatingTime(seconds, minutes, hours);
        return EnglishWords.Capitalise(repeating) + (days == "every day" ? "" : ", " + days) + year;
    }

    /// <summary>Up to six explicit times of day when every time field is a plain list of numbers; else null.</summary>
    private static List<string>? SingleTimes(string seconds, string minutes, string hours)
    {
        if (Numbers(seconds, 59) is not { } s || Numbers(minutes, 59) is not { } m || Numbers(hours, 23) is not { } h
            || s.Count * m.Count * h.Count > 6)
        {
            return null;
        }

        return (from hour in h from minute in m from second in s select EnglishWords.Time(new TimeOnly(hour, minute, second))).ToList();
    }

    private static string DescribeRepeatingTime(string seconds, string minutes, string hours)
    {
        var allHours = hours == "*";

        if (seconds == "*" && minutes == "*" && allHours)
        {
            return "every second";
        }

        if (Step(seconds) is { } secondStep && minutes == "*" && allHours)
        {
            return $"every {secondStep} seconds";
        }

        if (seconds == "0" && minutes == "*" && allHours)
        {
            return "every minute";
        }

        if (seconds == "0" && Step(minutes) is { } minuteStep && StepStart(minutes) is { } firstMinute)
        {
            if (allHours && firstMinute == 0)
            {
                return $"every {minuteStep} minutes";
            }

            if (HourSpan(hours) is var (from, to))
            {
                var lastMinute = firstMinute + ((59 - firstMinute) / minuteStep * minuteStep);
                return $"every {minuteStep} minutes from {Clock(from, firstMinute)} to {Clock(to, lastMinute)}";
            }
        }

        if (seconds == "0" && Numbers(minutes, 59) is [var minute])
        {
            if (allHours)
            {
                return minute == 0 ? "every hour on the hour" : $"every hour at {minute} minutes past";
            }

            if (Step(hours) is { } hourStep && StepStart(hours) is { } firstHour)
            {
                var lastHour = firstHour + ((23 - firstHour) / hourStep * hourStep);
                return $"every {hourStep} hours from {Clock(firstHour, minute)} to {Clock(lastHour, minute)}";
            }

            if (HourSpan(hours) is var (from, to))
            {
                return $"every hour from {Clock(from, minute)} to {Clock(to, minute)}";
            }
        }

        return $"at {Field(seconds, "second")}, {Field(minutes, "minute")} and {Field(hours, "hour")}";
    }

    private static string DescribeDays(string daysOfMonth, string months, string daysOfWeek)
    {
        var anyDayOfMonth = daysOfMonth is "*" or "?";
        var anyDayOfWeek = daysOfWeek is "*" or "?";
        var monthPhrase = months == "*" ? null : Values(months, m => EnglishWords.Month(MonthNumber(m)));
        var ofMonths = monthPhrase is null ? "of every month" : $"of {monthPhrase ?? months}";
        var inMonths = months == "*" ? "" : $" in {monthPhrase ?? "months " + months}";

        if (anyDayOfMonth && anyDayOfWeek)
        {
            return "every day" + inMonths;
        }

        var parts = new List<string>();
        if (!anyDayOfMonth)
        {
            parts.Add(DayOfMonthPhrase(daysOfMonth, months, ofMonths));
        }

        if (!anyDayOfWeek)
        {
            parts.Add(DayOfWeekPhrase(daysOfWeek, ofMonths, inMonths));
        }

        return string.Join(" and ", parts);
    }

    private static string DayOfMonthPhrase(string field, string months, string ofMonths)
    {
        if (field == "L")
        {
            return $"on the last day {ofMonths}";
        }

        if (field == "LW")
        {
            return $"on the last weekday (Monday to Friday) {ofMonths}";
        }

        if (LastDayOffset().Match(field) is { Success: true } offset)
        {
            return $"{offset.Groups[1].Value} days before the last day {ofMonths}";
        }

        if (NearestWeekday().Match(field) is { Success: true } nearest)
        {
            return $"on the weekday nearest the {EnglishWords.Ordinal(int.Parse(nearest.Groups[1].Value, CultureInfo.InvariantCulture))} {ofMonths}";
        }

        if (Numbers(field, 31) is [var day] && Numbers(months, 12) is [var month])
        {
            return $"on {day} {EnglishWords.Month(month)}";
        }

        if (Values(field, d => EnglishWords.Ordinal(int.Parse(d, CultureInfo.InvariantCulture))) is { } days)
        {
            return $"on the {days} {ofMonths}";
        }

        return $"on {Field(field, "day-of-month")} {ofMonths}";
    }

    private static string DayOfWeekPhrase(string field, string ofMonths, string inMonths)
    {
        if (NthDayOfWeek().Match(field) is { Success: true } nth)
        {
            var n = int.Parse(nth.Groups[2].Value, CultureInfo.InvariantCulture);
            return $"on the {EnglishWords.OrdinalWord(n)} {DayName(nth.Groups[1].Value)} {ofMonths}";
        }

        if (LastDayOfWeek().Match(field) is { Success: true } last)
        {
            return $"on the last {DayName(last.Groups[1].Value)} {ofMonths}";
        }

        if (Values(field, DayName) is { } days)
        {
            return days == "Sunday to Saturday" ? "every day" + inMonths : $"every {days}{inMonths}";
        }

        return $"on {Field(field, "day-of-week")}{inMonths}";
    }

    private static string DescribeYear(string field) => field == "*" ? "" : $", in {Values(field, y => y) ?? Field(field, "year")}";

    /// <summary>"Monday and Thursday", "Monday to Friday" for plain lists and ranges; null when steps or specials occur.</summary>
    private static string? Values(string field, Func<string, string> name)
    {
        var items = new List<string>();
        foreach (var item in field.Split(','))
        {
            if (PlainRange().Match(item) is not { Success: true } range)
            {
                return null;
            }

            items.Add(range.Groups[2].Success
                ? $"{name(range.Groups[1].Value)} to {name(range.Groups[2].Value)}"
                : name(range.Groups[1].Value));
        }

        return EnglishWords.List(items);
    }

    /// <summary>The numbers of a field made only of numbers and ranges (no steps, wildcards or names); else null.</summary>
    private static List<int>? Numbers(string field, int max)
    {
        var numbers = new SortedSet<int>();
        foreach (var item in field.Split(','))
        {
            if (NumericRange().Match(item) is not { Success: true } range)
            {
                return null;
            }

            var from = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = range.Groups[2].Success ? int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture) : from;
            if (from > to || to > max)
            {
                return null;
            }

            for (var n = from; n <= to; n++)
            {
                numbers.Add(n);
            }
        }

        return numbers.ToList();
    }

    /// <summary>The step of "a/n" or "*/n"; else null.</summary>
    private static int? Step(string field) =>
        StepPattern().Match(field) is { Success: true } step ? int.Parse(step.Groups[2].Value, CultureInfo.InvariantCulture) : null;

    private static int? StepStart(string field) =>
        StepPattern().Match(field) is { Success: true } step
            ? step.Groups[1].Value == "*" ? 0 : int.Parse(step.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>First and last hour of "*" or a single range "a-b"; else null.</summary>
    private static (int From, int To)? HourSpan(string hours)
    {
        if (hours == "*")
        {
            return (0, 23);
        }

        return NumericRange().Match(hours) is { Success: true, Groups: var g } && g[2].Success
            ? (int.Parse(g[1].Value, CultureInfo.InvariantCulture), int.Parse(g[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    private static string Clock(int hour, int minute) => EnglishWords.Time(new TimeOnly(hour, minute));

    /// <summary>Field-by-field fallback: "every minute", "minute 5", "minutes 5 to 10", "every 15 minutes from minute 3".</summary>
    private static string Field(string field, string unit)
    {
        if (field is "*" or "?")
        {
            return $"every {unit}";
        }

        if (Step(field) is { } step && StepStart(field) is { } start)
        {
            return start == 0 ? $"every {step} {unit}s" : $"every {step} {unit}s from {unit} {start}";
        }

        return Values(field, v => v) is { } values
            ? (field.Contains(',') || field.Contains('-') ? $"{unit}s {values}" : $"{unit} {values}")
            : $"{unit} '{field}'";
    }

    private static string DayName(string token)
    {
        var index = int.TryParse(token, CultureInfo.InvariantCulture, out var number)
            ? number - 1 // Quartz numbers days 1 (Sunday) to 7 (Saturday)
            : Array.IndexOf(DayNames, token);
        return index is >= 0 and < 7 ? EnglishWords.Day((DayOfWeek)index) : token;
    }

    private static int MonthNumber(string token) =>
        int.TryParse(token, CultureInfo.InvariantCulture, out var number) ? number : Array.IndexOf(MonthNames, token) + 1;

    [GeneratedRegex(@"^([0-9A-Z]+)(?:-([0-9A-Z]+))?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainRange();

    [GeneratedRegex(@"^([0-9]+)(?:-([0-9]+))?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumericRange();

    [GeneratedRegex(@"^(\*|[0-9]+)/([0-9]+)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StepPattern();

    [GeneratedRegex(@"^L-([0-9]+)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LastDayOffset();

    [GeneratedRegex(@"^([0-9]+)W$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NearestWeekday();

    [GeneratedRegex(@"^([0-9A-Z]+)#([1-5])$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NthDayOfWeek();

    [GeneratedRegex(@"^([0-9A-Z]+)L$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LastDayOfWeek();
}
