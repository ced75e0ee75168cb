using System.Globalization;

namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>Small pieces of English for descriptions and period labels (invariant, not localised).</summary>
internal static class EnglishWords
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>1 → "1st", 22 → "22nd", 13 → "13th".</summary>
    public static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>1 → "first" … 5 → "fifth" (for "the second Monday").</summary>
    public static string OrdinalWord(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => Ordinal(n),
    };

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>"08:00", or "08:00:30" when there are seconds.</summary>
    public static string Time(TimeOnly time) => time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", English);

    /// <summary>"Monday".</summary>
    public static string Day(DayOfWeek day) => English.DateTimeFormat.GetDayName(day);

    /// <summary>1 → "January".</summary>
    public static string Month(int month) => English.DateTimeFormat.GetMonthName(month);

    /// <summary>"1 December 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>Weekdays Monday first, as people read a week.</summary>
    public static IEnumerable<DayOfWeek> MondayFirst(IEnumerable<DayOfWeek> days) => days.OrderBy(d => ((int)d + 6) % 7);

    /// <summary>Upper-cases the first letter.</summary>
    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
