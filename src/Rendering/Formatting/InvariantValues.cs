using System.Globalization;

namespace ReportGraph.Rendering.Formatting;

/// <summary>
/// Machine-readable text for cell values (CSV): invariant numbers without grouping, ISO 8601 dates,
/// instants in the report's zone with their offset, <c>true</c>/<c>false</c>.
/// </summary>
internal static class InvariantValues
{
    public static string Format(object? value, TimeZoneInfo zone) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
