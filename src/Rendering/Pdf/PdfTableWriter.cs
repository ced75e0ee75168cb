using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;
using ReportGraph.Rendering.Pdf.Writing;

namespace ReportGraph.Rendering.Pdf;

/// <summary>
/// Draws one table, streaming its rows: header row on every page, zebra rows, wrapped text, numbers right-aligned,
/// links for URL cells. A row never splits across pages; a row taller than a page is cut with an ellipsis.
/// </summary>
internal sealed class PdfTableWriter
{
    private readonly PdfPageFlow _flow;
    private readonly PdfTheme _theme;
    private readonly ValueFormatter _formatter;
    private bool[] _numeric = [];
    private double _tableWidth;

    public PdfTableWriter(PdfPageFlow flow, PdfTheme theme, ValueFormatter formatter)
    {
        _flow = flow;
        _theme = theme;
        _formatter = formatter;
    }

    public async Task WriteAsync(TableBlock table, IReadOnlyList<string[]> sample, CancellationToken ct)
    {
        var columns = table.Table.Columns;
        _numeric = table.NumericColumns.ToArray();
        var widths = PdfColumnWidths.Compute(_theme, table, sample, _flow.ContentWidth);
        _tableWidth = widths.Sum();
        var lineHeight = _theme.Cell.GetHeight();
        var headerLines = columns.Select((c, i) => PdfTextWrapper.Wrap(c.Header, _theme.CellBold, widths[i] - 2 * PdfTheme.CellPadX)).ToList();
        var headerHeight = headerLines.Max(l => l.Count) * lineHeight + 2 * PdfTheme.CellPadY;

        // Keep the heading with the header row and at least one row.
        _flow.EnsureSpace(_theme.Heading.GetHeight() + 6 + headerHeight + lineHeight * 2 + 2 * PdfTheme.CellPadY);
        _flow.Canvas.DrawText(table.Heading, _theme.Heading, PdfTheme.Accent, _flow.Left, _flow.Y + _theme.Heading.GetHeight() * 0.8);
        _flow.AddOutline(table.Heading);
        _flow.Y += _theme.Heading.GetHeight() + 4;
        DrawHeader(headerLines, widths, headerHeight, lineHeight);

        // A row must fit a continuation page: below the running header, the "(continued)" line and the header row.
        var continuedHeight = _theme.Meta.GetHeight() + 2;
        var maxRowHeight = _flow.Bottom - (PdfTheme.Margin + PdfTheme.HeaderHeight) - continuedHeight - headerHeight;
        var maxLines = Math.Max(1, (int)((maxRowHeight - 2 * PdfTheme.CellPadY) / lineHeight));
        long rowIndex = 0;
        var cellLines = new List<string>[columns.Count];
        await foreach (var row in TableRows.ReadAsync(table.Table, ct).ConfigureAwait(false))
        {
            var lines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                cellLines[c] = PdfTextWrapper.Wrap(_formatter.Format(row[c], columns[c]), _theme.Cell, widths[c] - 2 * PdfTheme.CellPadX);
                if (cellLines[c].Count > maxLines)
                {
                    var kept = cellLines[c].GetRange(0, maxLines);
                    kept[^1] = PdfTextWrapper.Truncate(kept[^1] + "…", _theme.Cell, widths[c] - 2 * PdfTheme.CellPadX);
                    cellLines[c] = kept;
                }
                lines = Math.Max(lines, cellLines[c].Count);
            }
            var rowHeight = lines * lineHeight + 2 * PdfTheme.CellPadY;
            if (_flow.EnsureSpace(rowHeight))
            {
                // Readers of page 7 should not have to turn back to know which table they are in.
                _flow.Canvas.DrawText(PdfTextWrapper.Truncate($"{table.Heading} (continued)", _theme.Meta, _flow.ContentWidth), _theme.Meta, PdfTheme.Muted,
                    _flow.Left, _flow.Y + _theme.Meta.GetHeight() * 0.8);
                _flow.Y += continuedHeight;
                DrawHeader(headerLines, widths, headerHeight, lineHeight);
            }
            DrawRow(row, cellLines, widths, rowHeight, lineHeight, rowIndex % 2 == 1);
            rowIndex++;
            await _flow.FlushAsync(ct).ConfigureAwait(false);
        }

        if (rowIndex == 0)
        {
            _flow.EnsureSpace(lineHeight + 2 * PdfTheme.CellPadY);
            var empty = PdfTextWrapper.Truncate(EmptyState.TextOf(table.Table), _theme.Cell, _flow.ContentWidth - 2 * PdfTheme.CellPadX);
            _flow.Canvas.DrawText(empty, _theme.Cell, PdfTheme.Muted, _flow.Left + PdfTheme.CellPadX, _flow.Y + PdfTheme.CellPadY + lineHeight * 0.8);
            _flow.Y += lineHeight + 2 * PdfTheme.CellPadY;
        }
        _flow.Y += PdfTheme.BlockGap;
    }

    private void DrawHeader(List<List<string>> headerLines, double[] widths, double height, double lineHeight)
    {
        var canvas = _flow.Canvas;
        canvas.FillRectangle(PdfTheme.HeaderFill, _flow.Left, _flow.Y, _tableWidth, height);
        var x = _flow.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var numeric = _numeric[c];
            for (var l = 0; l < headerLines[c].Count; l++)
            {
                var baseline = _flow.Y + PdfTheme.CellPadY + lineHeight * l + lineHeight * 0.8;
                if (numeric)
                    canvas.DrawText(headerLines[c][l], _theme.CellBold, PdfTheme.Ink, x + widths[c] - PdfTheme.CellPadX, baseline, PdfTextAlign.Right);
                else
                    canvas.DrawText(headerLines[c][l], _theme.CellBold, PdfTheme.Ink, x + PdfTheme.CellPadX, baseline);
            }
            x += widths[c];
        }
        canvas.StrokeLine(PdfTheme.Accent, 0.8, _flow.Left, _flow.Y + height, _flow.Left + _tableWidth, _flow.Y + height);
        _flow.Y += height;
    }

    private void DrawRow(object?[] row, List<string>[] cellLines, double[] widths, double rowHeight, double lineHeight, bool zebra)
    {
        var canvas = _flow.Canvas;
        if (zebra)
        {
            canvas.FillRectangle(PdfTheme.Zebra, _flow.Left, _flow.Y, _tableWidth, rowHeight);
        }
        var x = _flow.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            var lines = cellLines[c];
            var isLink = row[c] is Uri { IsAbsoluteUri: true } uri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
            var color = isLink ? PdfTheme.Link : PdfTheme.Ink;
            for (var l = 0; l < lines.Count; l++)
            {
                var baseline = _flow.Y + PdfTheme.CellPadY + lineHeight * l + lineHeight * 0.8;
                if (_numeric[c])
                    canvas.DrawText(lines[l], _theme.Cell, color, x + widths[c] - PdfTheme.CellPadX, baseline, PdfTextAlign.Right);
                else
                    canvas.DrawText(lines[l], _theme.Cell, color, x + PdfTheme.CellPadX, baseline);
            }
            if (isLink)
            {
                _flow.AddLink(x, _flow.Y, widths[c], rowHeight, ((Uri)row[c]!).AbsoluteUri);
            }
            x += widths[c];
        }
        canvas.StrokeLine(PdfTheme.Rule, 0.5, _flow.Left, _flow.Y + rowHeight, _flow.Left + _tableWidth, _flow.Y + rowHeight);
        _flow.Y += rowHeight;
    }
}
