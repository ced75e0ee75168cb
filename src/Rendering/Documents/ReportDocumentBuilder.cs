using ReportGraph.Abstractions;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Documents;

/// <summary>
/// Builds the <see cref="ReportDocument"/> of a render request: title, period, KPIs, notes, the tables shown before the
/// charts (<see cref="ReportTable.ShowBeforeCharts"/>), charts, the other tables.
/// </summary>
public static class ReportDocumentBuilder
{
    /// <summary>Builds the document. Does not enumerate any table.</summary>
    /// <exception cref="ArgumentException">The result has no table, or a table has no columns.</exception>
    public static ReportDocument Build(RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = request.Result;
        if (result.Tables is null || result.Tables.Count == 0)
        {
            throw new ArgumentException($"Report '{result.Title}' has no table; ReportResult.Tables needs at least one.", nameof(request));
        }
        foreach (var table in result.Tables)
        {
            if (table.Columns.Count == 0)
            {
                throw new ArgumentException($"Table '{table.Name}' has no columns; ReportTable.Columns needs at least one.", nameof(request));
            }
        }

        var formatter = new ValueFormatter(request.Culture, request.TimeZone);
        var period = request.Period;
        var periodLine = $"Period: {period.Label} ({formatter.Format(period.StartDate, ColumnType.Date, null)} – {formatter.Format(period.EndDateInclusive, ColumnType.Date, null)})";
        var generatedLine = $"Generated {formatter.Format(request.GeneratedAt, ColumnType.DateTime, null)} ({request.TimeZone.Id})";

        var blocks = new List<DocumentBlock> { new TitleBlock(result.Title, result.Subtitle, periodLine, generatedLine) };
        if (result.Kpis.Count > 0)
        {
            blocks.Add(new KpiTilesBlock(result.Kpis.Select(formatter.Format).ToList()));
        }
        blocks.AddRange(result.Notes.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => new ParagraphBlock(n.Trim())));
        blocks.AddRange(result.Tables.Where(t => t.ShowBeforeCharts).Select(t => new TableBlock(t.Name, t)));
        blocks.AddRange(result.Charts.Select(c => new ChartBlock(c)));
        blocks.AddRange(result.Tables.Where(t => !t.ShowBeforeCharts).Select(t => new TableBlock(t.Name, t)));

        var title = string.IsNullOrWhiteSpace(result.Subtitle) ? result.Title : $"{result.Title} – {result.Subtitle}";
        return new ReportDocument(
            Title: title,
            Subject: $"{request.ReportName}: {period.Label}",
            Author: request.Author,
            CreatedAt: request.GeneratedAt,
            Header: $"{title} · {period.Label}",
            FooterText: request.ReportName,
            Blocks: blocks,
            Formatter: formatter);
    }
}
