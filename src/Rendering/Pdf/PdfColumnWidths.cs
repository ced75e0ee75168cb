using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Pdf;

/// <summary>
/// Column widths from content: each column's natural width is the widest of its header and a sample of
/// its first rows; when the table is too wide, columns shrink towards the width of their longest word
/// (text wraps), and when it is narrower, the spare width goes to the text columns.
/// </summary>
internal static class PdfColumnWidths
{
    private const double MaxNatural = 260;
    private const double MinColumn = 28;

    /// <summary>The width the table would like without wrapping.</summary>
    public static double NaturalWidth(PdfTheme theme, TableBlock table, IReadOnlyList<string[]> sample) =>
        Natural(theme, table, sample).Sum();

    public static double[] Compute(PdfTheme theme, TableBlock table, IReadOnlyList<string[]> sample, double available)
    {
        var natural = Natural(theme, table, sample);
        var minimum = new double[natural.Length];
        for (var c = 0; c < natural.Length; c++)
        {
            var longestWord = sample.Select(r => r[c]).Append(table.Table.Columns[c].Header)
                .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(w => theme.CellBold.Measure(w))
                .DefaultIfEmpty(0).Max();
            minimum[c] = Math.Min(natural[c], Math.Max(MinColumn, Math.Min(longestWord, 110) + 2 * PdfTheme.CellPadX));
        }

        var total = natural.Sum();
        var widths = new double[natural.Length];
        if (total <= available)
        {
            // Spread the spare width over text columns (numbers stay compact and right-aligned).
            var textColumns = Enumerable.Range(0, natural.Length).Where(c => !table.NumericColumns[c]).ToList();
            var receivers = textColumns.Count > 0 ? textColumns : Enumerable.Range(0, natural.Length).ToList();
            var spare = available - total;
            var receiverTotal = receivers.Sum(c => natural[c]);
            for (var c = 0; c < natural.Length; c++)
            {
                widths[c] = natural[c] + (receivers.Contains(c) ? spare * natural[c] / receiverTotal : 0);
            }
            return widths;
        }

        var minTotal = minimum.Sum();
        if (minTotal >= available)
        {
            for (var c = 0; c < natural.Length; c++) widths[c] = minimum[c] * available / minTotal;
            return widths;
        }
        var shrinkable = total - minTotal;
        var keep = (available - minTotal) / shrinkable;
        for (var c = 0; c < natural.Length; c++)
        {
            widths[c] = minimum[c] + (natural[c] - minimum[c]) * keep;
        }
        return widths;
    }

    private static double[] Natural(PdfTheme theme, TableBlock table, IReadOnlyList<string[]> sample)
    {
        var columns = table.Table.Columns;
        var natural = new double[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var widest = theme.CellBold.Measure(columns[c].Header);
            foreach (var row in sample)
            {
                widest = Math.Max(widest, theme.Cell.Measure(row[c]));
            }
            natural[c] = Math.Min(MaxNatural, widest + 2 * PdfTheme.CellPadX + 1);
        }
        return natural;
    }

    /// <summary>Formats sample rows for measuring.</summary>
    public static List<string[]> Format(TableBlock table, IReadOnlyList<object?[]> rows, ValueFormatter formatter) =>
        rows.Select(r => r.Select((v, i) => formatter.Format(v, table.Table.Columns[i])).ToArray()).ToList();
}
