using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Formatting;

/// <summary>Reads the first rows of a table into a formatted <see cref="TablePreview"/> for an email body.</summary>
public sealed class TablePreviewBuilder
{
    private readonly ValueFormatter _formatter;

    /// <summary>Creates a builder formatting with <paramref name="formatter"/>.</summary>
    public TablePreviewBuilder(ValueFormatter formatter) => _formatter = formatter;

    /// <summary>
    /// Formats the first <paramref name="maxRows"/> rows. Stops enumerating after them unless
    /// <paramref name="countAllRows"/> is true, in which case it reads on to count the rows (without keeping them)
    /// so that <see cref="TablePreview.TotalRows"/> is exact; otherwise TotalRows is the number of rows read,
    /// or -1 when the table has more rows than the preview.
    /// </summary>
    public async Task<TablePreview> BuildAsync(ReportTable table, int maxRows, CancellationToken ct, bool countAllRows = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var rows = new List<IReadOnlyList<string>>();
        long total = 0;
        var more = false;
        await foreach (var row in TableRows.ReadAsync(table, ct).ConfigureAwait(false))
        {
            if (total >= maxRows)
            {
                more = true;
                if (!countAllRows)
                {
                    break;
                }
            }
            else
            {
                var cells = new string[row.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    cells[i] = _formatter.Format(row[i], table.Columns[i]);
                }
                rows.Add(cells);
            }
            total++;
        }
        return new TablePreview(
            table.Name,
            table.Columns.Select(c => c.Header).ToList(),
            table.Columns.Select(c => ValueFormatter.IsNumeric(c.Type)).ToList(),
            rows,
            more && !countAllRows ? -1 : total)
        {
            EmptyText = total == 0 ? EmptyState.TextOf(table) : null,
        };
    }
}
