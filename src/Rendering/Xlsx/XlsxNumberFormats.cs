using System.Globalization;
using System.Text.RegularExpressions;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Xlsx;

/// <summary>
/// Translates a column's type and optional .NET format string (N1, P1, C2, F3, D) into an Excel number format,
/// so cells stay numbers and dates in the workbook but show like in the PDF. A simple custom format (digits, sign,
/// sections and quoted text, e.g. <c>+0.0' pp';-0.0' pp'</c>) is carried over with its text.
/// </summary>
internal static partial class XlsxNumberFormats
{
    /// <summary>The Excel format code for the column, or null for General (text and booleans).</summary>
    public static string? For(ReportColumn column, CultureInfo culture)
    {
        var match = column.Format is null ? null : StandardFormat().Match(column.Format);
        var decimals = match is { Success: true } && match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : (int?)null;
        var code = match is { Success: true } ? char.ToUpperInvariant(match.Groups[1].Value[0]) : (char?)null;
        if (column.Type is not (ColumnType.Date or ColumnType.DateTime or ColumnType.Text or ColumnType.Boolean)
            && code is null && column.Format is { } custom && SimpleCustomFormat().IsMatch(custom))
        {
            // Excel quotes literal text with double quotes; .NET also allows single ones.
            return SingleQuoted().Replace(custom, m => "\"" + m.Groups[1].Value.Replace("\"", "", StringComparison.Ordinal) + "\"");
        }

        return (column.Type, code) switch
        {
            (ColumnType.Date, _) => "yyyy-mm-dd",
            (ColumnType.DateTime, _) => "yyyy-mm-dd hh:mm",
            (ColumnType.Text or ColumnType.Boolean, _) => null,
            (_, 'P') => Fixed(decimals ?? 1, grouping: false) + "%",
            (_, 'C') => Currency(decimals ?? 2, culture),
            (_, 'N') => Fixed(decimals ?? 2, grouping: true),
            (_, 'F') => Fixed(decimals ?? 2, grouping: false),
            (_, 'D') => "0",
            (ColumnType.Percent, _) => "0.0%",
            (ColumnType.Currency, _) => Currency(2, culture),
            (ColumnType.Integer, _) => "#,##0",
            _ => "#,##0.00",
        };
    }

    private static string Fixed(int decimals, bool grouping) =>
        (grouping ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : "");

    private static string Currency(int decimals, CultureInfo culture)
    {
        var number = Fixed(decimals, grouping: true);
        var symbol = "\"" + culture.NumberFormat.CurrencySymbol.Replace("\"", "", StringComparison.Ordinal) + "\"";
        return culture.NumberFormat.CurrencyPositivePattern switch
        {
            0 => symbol + number,
            1 => number + symbol,
            2 => symbol + " " + number,
            _ => number + " " + symbol,
        };
    }

    [GeneratedRegex(@"^([NnPpCcFfDd])(\d{1,2})?$")]
    private static partial Regex StandardFormat();

    [GeneratedRegex(@"^(?:[0#.,+\-;% ]|'[^'""]*'|""[^""]*"")+$")]
    private static partial Regex SimpleCustomFormat();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex SingleQuoted();
}
