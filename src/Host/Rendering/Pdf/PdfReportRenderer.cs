using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Rendering;

/// <summary>
/// Renders the report document to a paginated PDF on PDFsharp's <see cref="XGraphics"/>: title block, KPI tiles,
/// notes, vector charts and tables streamed page by page, with running header, "Page X of Y" footers and metadata.
/// </summary>
public sealed partial class PdfReportRenderer : IReportRenderer
{
    private const int SampleRows = 100;
    private const double ChartHeight = 230;
    private readonly PdfRenderingOptions _options;

    /// <summary>Creates the renderer with the configured options.</summary>
    public PdfReportRenderer(IOptions<PdfRenderingOptions> options) => _options = options.Value;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Pdf;

    /// <inheritdoc />
    public async Task RenderAsync(RenderRequest request, IRenderOutput output, CancellationToken ct)
    {
        PdfSharpSetup.EnsureInitialized(_options);
        var document = ReportDocumentBuilder.Build(request);
        var theme = new PdfTheme();

        // Sample the first rows of every table (enumeration stops early) to size columns and pick the orientation.
        var samples = new Dictionary<TableBlock, List<string[]>>();
        foreach (var table in document.Blocks.OfType<TableBlock>())
        {
            var rows = await TableRows.SampleAsync(table.Table, SampleRows, ct).ConfigureAwait(false);
            samples[table] = PdfColumnWidths.Format(table, rows, document.Formatter);
        }
        var (shortSide, longSide) = _options.PageSize == PdfPageSize.Letter ? (612.0, 792.0) : (595.28, 841.89);
        var landscape = false;
        using var measure = XGraphics.CreateMeasureContext(new XSize(shortSide, longSide), XGraphicsUnit.Point, XPageDirection.Downwards, new PdfSharp.Events.RenderEvents());
        foreach (var (table, sample) in samples)
        {
            landscape |= PdfColumnWidths.NaturalWidth(measure, theme, table, sample) > shortSide - 2 * PdfTheme.Margin;
        }

        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = true;
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Subject;
        pdf.Info.Author = document.Author ?? "";
        pdf.Info.Creator = "ReportGraph";
        pdf.Info.CreationDate = document.CreatedAt.UtcDateTime;
        pdf.PageLayout = PdfPageLayout.SinglePage;

        using (var flow = new PdfPageFlow(pdf, theme, landscape ? longSide : shortSide, landscape ? shortSide : longSide, document.Header))
        {
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
                        ChartPainter.Paint(chart.Chart, new PdfChartCanvas(flow.Gfx), flow.Left - 6, flow.Y, flow.ContentWidth + 6, ChartHeight - 8, document.Formatter.Culture);
                        flow.Y += ChartHeight - 8 + PdfTheme.BlockGap;
                        break;
                    case TableBlock table:
                        await new PdfTableWriter(pdf, flow, theme, document.Formatter).WriteAsync(table, samples[table], ct).ConfigureAwait(false);
                        break;
                }
            }
            flow.DrawFooters(document.FooterText, ct);
        }

        var stream = output.Create(request.BaseFileName + ".pdf", ContentTypes.Pdf);
        await using (stream.ConfigureAwait(false))
        {
            await pdf.SaveAsync(stream, closeStream: false).ConfigureAwait(false);
        }
    }

    private static void DrawTitle(PdfPageFlow flow, PdfTheme theme, TitleBlock title)
    {
        var gfx = flow.Gfx;
        var ink = new XSolidBrush(PdfTheme.Ink);
        gfx.DrawRectangle(new XSolidBrush(PdfTheme.Accent), flow.Left, flow.Y, 42, 3);
        flow.Y += 10;
        foreach (var line in PdfTextWrapper.Wrap(gfx, title.Title, theme.Title, flow.ContentWidth))
        {
            flow.Y += theme.Title.GetHeight();
            gfx.DrawString(line, theme.Title, ink, flow.Left, flow.Y - theme.Title.GetHeight() * 0.22, XStringFormats.BaseLineLeft);
        }
        if (!string.IsNullOrWhiteSpace(title.Subtitle))
        {
            foreach (var line in PdfTextWrapper.Wrap(gfx, title.Subtitle, theme.Subtitle, flow.ContentWidth))
            {
                flow.Y += theme.Subtitle.GetHeight();
                gfx.DrawString(line, theme.Subtitle, new XSolidBrush(PdfTheme.Accent), flow.Left, flow.Y - theme.Subtitle.GetHeight() * 0.22, XStringFormats.BaseLineLeft);
            }
        }
        flow.Y += 4;
        var muted = new XSolidBrush(PdfTheme.Muted);
        foreach (var text in new[] { title.PeriodLine, title.GeneratedLine })
        {
            flow.Y += theme.Meta.GetHeight();
            gfx.DrawString(PdfTextWrapper.Truncate(gfx, text, theme.Meta, flow.ContentWidth), theme.Meta, muted, flow.Left, flow.Y - theme.Meta.GetHeight() * 0.22, XStringFormats.BaseLineLeft);
        }
        flow.Y += 8;
        gfx.DrawLine(new XPen(PdfTheme.Rule, 0.8), flow.Left, flow.Y, flow.Right, flow.Y);
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
            var gfx = flow.Gfx;
            for (var i = start; i < Math.Min(start + perRow, kpis.Tiles.Count); i++)
            {
                var tile = kpis.Tiles[i];
                var x = flow.Left + (i - start) * (width + gap);
                gfx.DrawRoundedRectangle(new XSolidBrush(PdfTheme.TileFill), x, flow.Y, width, height, 6, 6);
                gfx.DrawRectangle(new XSolidBrush(PdfTheme.ToneColor(tile.Tone)), x, flow.Y + 6, 3, height - 12);
                var inner = width - 18;
                gfx.DrawString(PdfTextWrapper.Truncate(gfx, tile.Label.ToUpperInvariant(), theme.KpiLabel, inner), theme.KpiLabel, new XSolidBrush(PdfTheme.Muted), x + 11, flow.Y + 15, XStringFormats.BaseLineLeft);
                gfx.DrawString(PdfTextWrapper.Truncate(gfx, tile.Value, theme.KpiValue, inner), theme.KpiValue, new XSolidBrush(PdfTheme.ToneColor(tile.Tone) == PdfTheme.Accent ? PdfTheme.Ink : PdfTheme.ToneColor(tile.Tone)), x + 11, flow.Y + 35, XStringFormats.BaseLineLeft);
                if (!string.IsNullOrWhiteSpace(tile.Detail))
                {
                    gfx.DrawString(PdfTextWrapper.Truncate(gfx, tile.Detail, theme.KpiDetail, inner), theme.KpiDetail, new XSolidBrush(PdfTheme.Muted), x + 11, flow.Y + 49, XStringFormats.BaseLineLeft);
                }
            }
            flow.Y += height + gap;
        }
        flow.Y += PdfTheme.BlockGap - gap;
    }

    private static void DrawParagraph(PdfPageFlow flow, PdfTheme theme, string text)
    {
        var lineHeight = theme.Body.GetHeight() * 1.1;
        var ink = new XSolidBrush(PdfTheme.Ink);
        var link = new XSolidBrush(PdfTheme.Link);
        foreach (var line in PdfTextWrapper.Wrap(flow.Gfx, text, theme.Body, flow.ContentWidth))
        {
            flow.EnsureSpace(lineHeight);
            var gfx = flow.Gfx;
            var baseline = flow.Y + lineHeight * 0.8;
            var x = flow.Left;
            var position = 0;
            foreach (Match url in UrlPattern().Matches(line))
            {
                var before = line[position..url.Index];
                gfx.DrawString(before, theme.Body, ink, x, baseline, XStringFormats.BaseLineLeft);
                x += gfx.MeasureString(before, theme.Body).Width;
                var width = gfx.MeasureString(url.Value, theme.Body).Width;
                gfx.DrawString(url.Value, theme.Body, link, x, baseline, XStringFormats.BaseLineLeft);
                gfx.DrawLine(new XPen(PdfTheme.Link, 0.5), x, baseline + 1.5, x + width, baseline + 1.5);
                flow.AddLink(x, flow.Y, width, lineHeight, url.Value);
                x += width;
                position = url.Index + url.Length;
            }
            gfx.DrawString(line[position..], theme.Body, ink, x, baseline, XStringFormats.BaseLineLeft);
            flow.Y += lineHeight;
        }
        flow.Y += PdfTheme.BlockGap / 2;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)]")]
    private static partial Regex UrlPattern();
}
