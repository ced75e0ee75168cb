using System.Text.RegularExpressions;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Formatting;

/// <summary>
/// Rounds numbers of a column to the precision its display shows, so CSV and XLSX cells hold what the PDF shows
/// (a denial rate of 0.123456 with format P1 is 12.3 %, so 0.123) instead of floating-point noise. The decimals come
/// from the column's format (N1, P1, C2, F3, or a custom one such as <c>+0.0' pp'</c>), or from the type when there is
/// none (Percent 3, as P1 shows; Currency 2). A Decimal column without a format and whole numbers are left as they are.
/// JSON keeps full precision.
/// </summary>
public static partial class DisplayedPrecision
{
    /// <summary>How many decimals of the stored value the column shows; null when its values are not rounded.</summary>
    public static int? DecimalsOf(ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.Type is not (ColumnType.Decimal or ColumnType.Percent or ColumnType.Currency))
        {
            return null;
        }

        if (column.Format is not { Length: > 0 } format)
        {
            return column.Type switch
            {
                ColumnType.Percent => 3,
                ColumnType.Currency => 2,
                _ => null,
            };
        }

        var standard = StandardFormat().Match(format);
        if (standard.Success)
        {
            var digits = standard.Groups[2].Success ? int.Parse(standard.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 2;
            return char.ToUpperInvariant(standard.Groups[1].Value[0]) switch
            {
                'P' => digits + 2,
                'D' => 0,
                _ => digits,
            };
        }

        return CustomDecimals(format);
    }

    /// <summary>The value rounded half away from zero to <see cref="DecimalsOf"/>; anything else unchanged.</summary>
    public static object? Round(object? value, ReportColumn column)
    {
        if (value is not (double or float or decimal) || DecimalsOf(column) is not { } decimals)
        {
            return value;
        }

        decimals = Math.Min(decimals, 15);
        switch (value)
        {
            case decimal m:
                return Math.Round(m, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27:
                // Through decimal, which holds the shortest text of the double: 0.1235 rounds to 0.124 as displayed,
                // not to 0.123 as its binary neighbour 0.12349999… would.
                return (double)Math.Round((decimal)d, decimals, MidpointRounding.AwayFromZero);
            case float f when float.IsFinite(f):
                return (float)Math.Round((decimal)f, decimals, MidpointRounding.AwayFromZero);
            default:
                return value;
        }
    }

    /// <summary>Digits after the point of the first section of a custom format, plus 2 for %, 3 for ‰; null when it shows none.</summary>
    private static int? CustomDecimals(string format)
    {
        var section = new System.Text.StringBuilder();
        var quote = '\0';
        foreach (var ch in format)
        {
            if (quote != '\0')
            {
                if (ch == quote) quote = '\0';
                continue;
            }

            if (ch is '\'' or '"')
            {
                quote = ch;
                continue;
            }

            if (ch == ';') break;
            section.Append(ch);
        }

        var text = section.ToString();
        if (!text.Contains('0', StringComparison.Ordinal) && !text.Contains('#', StringComparison.Ordinal))
        {
            return null;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text[(point + 1)..].Count(c => c is '0' or '#');
        return decimals + (text.Contains('%', StringComparison.Ordinal) ? 2 : 0) + (text.Contains('‰', StringComparison.Ordinal) ? 3 : 0);
    }

    [GeneratedRegex(@"^([NnPpCcFfDd])(\d{1,2})?$")]
    private static partial Regex StandardFormat();
}
