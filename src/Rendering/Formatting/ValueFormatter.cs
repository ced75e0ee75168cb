using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Formatting;

/// <summary>
/// Formats table cells and KPI values for people: numbers, percent and currency in the culture,
/// dates in the culture's short pattern and instants converted to the report's time zone.
/// </summary>
public sealed class ValueFormatter
{
    /// <summary>Creates a formatter for one culture and time zone.</summary>
    public ValueFormatter(CultureInfo culture, TimeZoneInfo timeZone)
    {
        Culture = culture;
        TimeZone = timeZone;
    }

    /// <summary>The culture used for numbers and dates.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The zone instants are shown in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Whether values of <paramref name="type"/> are numbers (right-aligned in tables).</summary>
    public static bool IsNumeric(ColumnType type) =>
        type is ColumnType.Integer or ColumnType.Decimal or ColumnType.Percent or ColumnType.Currency;

    /// <summary>Formats a cell of <paramref name="column"/>.</summary>
    public string Format(object? value, ReportColumn column) => Format(value, column.Type, column.Format);

    /// <summary>What a KPI tile shows for a value the period does not have (no grades, so no average).</summary>
    public const string NoKpiValue = "–";

    /// <summary>Formats a KPI value; null shows as <see cref="NoKpiValue"/>, so the tile is visibly empty rather than blank.</summary>
    public FormattedKpi Format(Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return new(kpi.Label, kpi.Value is null ? NoKpiValue : Format(kpi.Value, kpi.Type, kpi.Format), kpi.Detail, kpi.Tone);
    }

    /// <summary>
    /// Formats <paramref name="value"/> as <paramref name="type"/>; <paramref name="format"/> is an optional
    /// .NET format string that overrides the default for the type. Null is an empty string.
    /// </summary>
    public string Format(object? value, ColumnType type, string? format)
    {
        switch (value)
        {
            case null:
                return "";
            case string text:
                return text;
            case bool flag:
                return flag ? "Yes" : "No";
            case DateOnly date:
                return date.ToString(format ?? "d", Culture);
            case DateTime dateTime:
                return dateTime.ToString(format ?? (type == ColumnType.Date ? "d" : "g"), Culture);
            case DateTimeOffset instant:
                var local = TimeZoneInfo.ConvertTime(instant, TimeZone);
                return type == ColumnType.Date
                    ? local.ToString(format ?? "d", Culture)
                    : local.ToString(format ?? "g", Culture);
            case Uri uri:
                return uri.ToString();
        }

        if (value is IFormattable number && IsNumber(value))
        {
            return number.ToString(format ?? DefaultNumberFormat(type, value), Culture);
        }
        return value is IFormattable formattable ? formattable.ToString(format, Culture) : value.ToString() ?? "";
    }

    private static string DefaultNumberFormat(ColumnType type, object value) => type switch
    {
        ColumnType.Percent => "P1",
        ColumnType.Currency => "C2",
        ColumnType.Integer => "N0",
        // Whole numbers in a Decimal column read better without ",00"; fractions get two places.
        ColumnType.Decimal when value is int or long or short or byte => "N0",
        _ => "#,##0.##",
    };

    internal static bool IsNumber(object value) =>
        value is byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal;
}
