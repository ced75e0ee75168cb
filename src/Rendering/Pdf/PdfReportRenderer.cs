using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Charts;
using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;
using ReportGraph.Rendering.Pdf.Writing;

namespace ReportGraph.Rendering.Pdf;

/// <summary>
/// Renders the report document to a paginated PDF with our streaming <see cref="PdfDocumentWriter"/>: title block,
/// KPI tiles, notes, vector charts and tables whose rows are laid out and written page by page, with running
/// header, "Page X of Y" footers, bookmarks, links and metadata. Memory stays that of one page however long the table.
/// </summary>
public sealed partial class PdfReportRenderer : IReportRenderer
{
    private const int SampleRows = 100;
    private const double ChartHeight = 230;
    private readonly PdfRenderingOptions _options;
    private PdfTheme? _theme;

    /// <summary>Creates the renderer with the configured options.</summary>
    public PdfReportRenderer(IOptions<PdfRenderingOptions> options) => _options = options.Value;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Pdf;

    /// <summary>True once a render (the start-up warm-up's or a run's) has read the fonts.</summary>
    internal bool HasFonts => _theme is not null;

    /// <inheritdoc />
    public async Task RenderAsync(RenderRequest request, IRenderOutput output, CancellationToken ct)
    {
        var document = ReportDocumentBuilder.Build(request);
        // Fonts and sizes never change while the host runs: one theme serves every render. A missing font throws
        // here and leaves it unset, so the next run tries again (e.g. after the package was installed).
        var theme = _theme ??= new PdfTheme(DejaVuFonts.Load(_options.FontDirectory), FallbackFonts.Load(_options.FallbackFontFiles), FallbackFonts.LoadBold(_options.FallbackFontFiles));

        // Sample the first rows of every table (enumeration stops early) to size columns and pick the orientation.
        var samples = new Dictionary<TableBlock, List<string[]>>();
        foreach (var table in document.Blocks.OfType<TableBlock>())
        {
            var rows = await TableRows.SampleAsync(table.Table, SampleRows, ct).ConfigureAwait(false);
            samples[table] = PdfColumnWidths.Format(table, rows, document.Formatter);
        }
        var (shortSide, longSide) = _options.PageSize == PdfPageSize.Letter ? (612.0, 792.0) : (595.28, 841.89);
        var landscape = false;
        foreach (var (table, sample) in samples)
        {
            landscape |= PdfColumnWidths.NaturalWidth(theme, table, sample) > shortSide - 2 * PdfTheme.Margin;
        }

        var stream = output.Create(request.BaseFileName + ".pdf", ContentTypes.Pdf);
        await using (stream.ConfigureAwait(false))
        {
            var pdf = new PdfDocumentWriter(stream, new PdfDocumentInfo(document.Title, document.Subject, document.Author, document.CreatedAt));
            var flow = new PdfPageFlow(pdf, theme, landscape ? longSide : shortSide, landscape ? shortSide : longSide, document.Header);
            flow.NewPage();
            foreach (var block in document.Blocks)
            {
                ct.ThrowIfCancellationRequested();
                switch (block)
                {
                    case TitleBlock title:
                        DrawTitle(flow, theme, title);
                        break;
                    case KpiTilesBlock kpis:
                        DrawKpis(flow, theme, kpis);
                        break;
                    case ParagraphBlock paragraph:
                        DrawParagraph(flow, theme, paragraph.Text);
                        break;
                    case ChartBlock chart:
                        flow.EnsureSpace(ChartHeight);
                        // The painter pads its box by 6 pt; shifting the box aligns the chart title with the other headings.
                        ChartPainter.Paint(chart.Chart, new PdfChartCanvas(flow.Canvas, theme), flow.Left - 6, flow.Y, flow.ContentWidth + 6, ChartHeight - 8, document.Formatter.Culture);
                        flow.Y += ChartHeight - 8 + PdfTheme.BlockGap;
                        break;
                    case TableBlock table:
                        await new PdfTableWriter(flow, theme, document.Formatter).WriteAsync(table, samples[table], ct).ConfigureAwait(false);
                        break;
                }
                await flow.FlushAsync(ct).ConfigureAwait(false);
            }
            await flow.FinishAsync(document.FooterText, ct).ConfigureAwait(false);
        }
    }

    private static void DrawTitle(PdfPageFlow flow, PdfTheme theme, TitleBlock title)
    {
        var canvas = flow.Canvas;
        canvas.FillRectangle(PdfTheme.Accent, flow.Left, flow.Y, 42, 3);
        flow.Y += 10;
        foreach (var line in PdfTextWrapper.Wrap(title.Title, theme.Title, flow.ContentWidth))
        {
            flow.Y += theme.Title.GetHeight();
            canvas.DrawText(line, theme.Title, PdfTheme.Ink, flow.Left, flow.Y - theme.Title.GetHeight() * 0.22);
        }
        if (!string.IsNullOrWhiteSpace(title.Subtitle))
        {
            foreach (var line in PdfTextWrapper.Wrap(title.Subtitle, theme.Subtitle, flow.ContentWidth))
            {
                flow.Y += theme.Subtitle.GetHeight();
                canvas.DrawText(line, theme.Subtitle, PdfTheme.Accent, flow.Left, flow.Y - theme.Subtitle.GetHeight() * 0.22);
            }
        }
        flow.Y += 4;
        foreach (var text in new[] { title.PeriodLine, title.GeneratedLine })
        {
            flow.Y += theme.Meta.GetHeight();
            canvas.DrawText(PdfTextWrapper.Truncate(text, theme.Meta, flow.ContentWidth), theme.Meta, PdfTheme.Muted, flow.Left, flow.Y - theme.Meta.GetHeight() * 0.22);
        }
        flow.Y += 8;
        canvas.StrokeLine(PdfTheme.Rule, 0.8, flow.Left, flow.Y, flow.Right, flow.Y);
        flow.Y += PdfTheme.BlockGap;
    }

    private static void DrawKpis(PdfPageFlow flow, PdfTheme theme, KpiTilesBlock kpis)
    {
        const double height = 58, gap = 8;
        var perRow = Math.Min(kpis.Tiles.Count, flow.ContentWidth > 600 ? 5 : 4);
        var width = (flow.ContentWidth - gap * (perRow - 1)) / perRow;
        for (var start = 0; start < kpis.Tiles.Count; start += perRow)
        {
            flow.EnsureSpace(height);
            var canvas = flow.Canvas;
            for (var i = start; i < Math.Min(start + perRow, kpis.Tiles.Count); i++)
            {
                var tile = kpis.Tiles[i];
                var x = flow.Left + (i - start) * (width + gap);
                canvas.FillRoundedRectangle(PdfTheme.TileFill, x, flow.Y, width, height, 6);
                canvas.FillRectangle(PdfTheme.ToneColor(tile.Tone), x, flow.Y + 6, 3, height - 12);
                var inner = width - 18;
                canvas.DrawText(PdfTextWrapper.Truncate(tile.Label.ToUpperInvariant(), theme.KpiLabel, inner), theme.KpiLabel, PdfTheme.Muted, x + 11, flow.Y + 15);
                canvas.DrawText(PdfTextWrapper.Truncate(tile.Value, theme.KpiValue, inner), theme.KpiValue, PdfTheme.ToneColor(tile.Tone) == PdfTheme.Accent ? PdfTheme.Ink : PdfTheme.ToneColor(tile.Tone), x + 11, flow.Y + 35);
                if (!string.IsNullOrWhiteSpace(tile.Detail))
                {
                    canvas.DrawText(PdfTextWrapper.Truncate(tile.Detail, theme.KpiDetail, inner), theme.KpiDetail, PdfTheme.Muted, x + 11, flow.Y + 49);
                }
            }
            flow.Y += height + gap;
        }
        flow.Y += PdfTheme.BlockGap - gap;
    }

    private static void DrawParagraph(PdfPageFlow flow, PdfTheme theme, string text)
    {
        var lineHeight = theme.Body.GetHeight() * 1.1;
        foreach (var line in PdfTextWrapper.Wrap(text, theme.Body, flow.ContentWidth))
        {
            flow.EnsureSpace(lineHeight);
            var canvas = flow.Canvas;
            var baseline = flow.Y + lineHeight * 0.8;
            var x = flow.Left;
            var position = 0;
            foreach (Match url in UrlPattern().Matches(line))
            {
                var before = line[position..url.Index];
                canvas.DrawText(before, theme.Body, PdfTheme.Ink, x, baseline);
                x += theme.Body.Measure(before);
                var width = theme.Body.Measure(url.Value);
                canvas.DrawText(url.Value, theme.Body, PdfTheme.Link, x, baseline);
                canvas.StrokeLine(PdfTheme.Link, 0.5, x, baseline + 1.5, x + width, baseline + 1.5);
                flow.AddLink(x, flow.Y, width, lineHeight, url.Value);
                x += width;
                position = url.Index + url.Length;
            }
            canvas.DrawText(line[position..], theme.Body, PdfTheme.Ink, x, baseline);
            flow.Y += lineHeight;
        }
        flow.Y += PdfTheme.BlockGap / 2;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlPattern();
}
