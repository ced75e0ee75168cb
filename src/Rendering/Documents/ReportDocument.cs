using ReportGraph.Abstractions;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Documents;

/// <summary>
/// The layout-neutral document every paginated or page-like format draws from: an ordered list of
/// blocks plus the texts of the page header and footer. Table rows stay streamed inside <see cref="TableBlock"/>.
/// </summary>
/// <param name="Title">Document title (metadata and title block).</param>
/// <param name="Subject">Document subject for metadata, e.g. "Week 46, 2026".</param>
/// <param name="Author">Author for metadata, or null.</param>
/// <param name="CreatedAt">When the report was generated.</param>
/// <param name="Header">Text at the top of every page after the first.</param>
/// <param name="FooterText">Text at the bottom left of every page; "Page X of Y" is added by paginated renderers.</param>
/// <param name="Blocks">The content in reading order.</param>
/// <param name="Formatter">Formats cells and chart values for this document's culture and zone.</param>
public sealed record ReportDocument(
    string Title,
    string Subject,
    string? Author,
    DateTimeOffset CreatedAt,
    string Header,
    string FooterText,
    IReadOnlyList<DocumentBlock> Blocks,
    ValueFormatter Formatter);

/// <summary>One piece of document content.</summary>
public abstract record DocumentBlock;

/// <summary>The title block at the top of the first page.</summary>
/// <param name="Title">The report title.</param>
/// <param name="Subtitle">Optional subtitle.</param>
/// <param name="PeriodLine">E.g. "Period: Week 46, 2026 (11/9/2026 – 11/15/2026)".</param>
/// <param name="GeneratedLine">E.g. "Generated 11/16/2026 8:00 AM (Europe/Berlin)".</param>
public sealed record TitleBlock(string Title, string? Subtitle, string PeriodLine, string GeneratedLine) : DocumentBlock;

/// <summary>A row of KPI tiles with formatted values.</summary>
public sealed record KpiTilesBlock(IReadOnlyList<FormattedKpi> Tiles) : DocumentBlock;

/// <summary>A paragraph of plain text; an absolute http(s) URL in it becomes a link where the format allows.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;

/// <summary>A chart, drawn as vectors (PDF), SVG (HTML) or email-safe HTML.</summary>
public sealed record ChartBlock(Chart Chart) : DocumentBlock;

/// <summary>A table under a heading; rows are read (streamed) when the block is drawn.</summary>
public sealed record TableBlock(string Heading, ReportTable Table) : DocumentBlock
{
    /// <summary>Whether each column is numeric (right-aligned).</summary>
    public IReadOnlyList<bool> NumericColumns { get; } = Table.Columns.Select(c => ValueFormatter.IsNumeric(c.Type)).ToList();
}
