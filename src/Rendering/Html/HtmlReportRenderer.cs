using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Charts;
using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Html;

/// <summary>
/// Writes a stand-alone HTML document (inline CSS, no scripts): title block, KPI tiles, notes, SVG charts and
/// tables. Rows are streamed to the file as they are read; every value is HTML-encoded.
/// </summary>
public sealed partial class HtmlReportRenderer : IReportRenderer
{
    private const int FlushEveryRows = 500;
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Html;

    /// <inheritdoc />
    public async Task RenderAsync(RenderRequest request, IRenderOutput output, CancellationToken ct)
    {
        var document = ReportDocumentBuilder.Build(request);
        var stream = output.Create(request.BaseFileName + ".html", ContentTypes.Html);
        await using (stream.ConfigureAwait(false))
        {
            var html = new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true);
            await using (html.ConfigureAwait(false))
            {
                await html.WriteAsync($"<!DOCTYPE html>\n<html lang=\"{E(request.Culture.Name.Length == 0 ? "en" : request.Culture.Name)}\"><head><meta charset=\"utf-8\">" +
                    $"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{E(document.Title)}</title>" +
                    $"<meta name=\"author\" content=\"{E(document.Author ?? "")}\"><meta name=\"description\" content=\"{E(document.Subject)}\">" +
                    $"<style>{Css}</style></head><body><main>\n").ConfigureAwait(false);
                foreach (var block in document.Blocks)
                {
                    ct.ThrowIfCancellationRequested();
                    switch (block)
                    {
                        case TitleBlock title:
                            await html.WriteAsync($"<header><h1>{E(title.Title)}</h1>{(title.Subtitle is null ? "" : $"<p class=\"subtitle\">{E(title.Subtitle)}</p>")}" +
                                $"<p class=\"meta\">{E(title.PeriodLine)}<br>{E(title.GeneratedLine)}</p></header>\n").ConfigureAwait(false);
                            break;
                        case KpiTilesBlock kpis:
                            await html.WriteAsync("<section class=\"kpis\">").ConfigureAwait(false);
                            foreach (var kpi in kpis.Tiles)
                            {
                                await html.WriteAsync($"<div class=\"kpi {kpi.Tone.ToString().ToLowerInvariant()}\"><div class=\"label\">{E(kpi.Label)}</div><div class=\"value\">{E(kpi.Value)}</div>" +
                                    $"{(kpi.Detail is null ? "" : $"<div class=\"detail\">{E(kpi.Detail)}</div>")}</div>").ConfigureAwait(false);
                            }
                            await html.WriteAsync("</section>\n").ConfigureAwait(false);
                            break;
                        case ParagraphBlock paragraph:
                            await html.WriteAsync($"<p>{Linkify(paragraph.Text)}</p>\n").ConfigureAwait(false);
                            break;
                        case ChartBlock chart:
                            await html.WriteAsync($"<figure class=\"chart\">{SvgChart.Render(chart.Chart, request.Culture)}</figure>\n").ConfigureAwait(false);
                            break;
                        case TableBlock table:
                            await WriteTableAsync(html, table, document.Formatter, ct).ConfigureAwait(false);
                            break;
                    }
                }
                await html.WriteAsync($"</main><footer>{E(document.FooterText)} · {E(document.Subject)}</footer></body></html>\n").ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteTableAsync(StreamWriter html, TableBlock table, ValueFormatter formatter, CancellationToken ct)
    {
        var columns = table.Table.Columns;
        var numeric = table.NumericColumns;
        var head = new StringBuilder();
        head.Append("<section class=\"table\"><h2>").Append(E(table.Heading)).Append("</h2><table><thead><tr>");
        for (var c = 0; c < columns.Count; c++)
        {
            head.Append(numeric[c] ? "<th class=\"num\">" : "<th>").Append(E(columns[c].Header)).Append("</th>");
        }
        head.Append("</tr></thead><tbody>\n");
        await html.WriteAsync(head, ct).ConfigureAwait(false);

        var line = new StringBuilder(256);
        long rows = 0;
        await foreach (var row in TableRows.ReadAsync(table.Table, ct).ConfigureAwait(false))
        {
            line.Clear().Append("<tr>");
            for (var c = 0; c < row.Length; c++)
            {
                line.Append(numeric[c] ? "<td class=\"num\">" : "<td>");
                if (row[c] is Uri { IsAbsoluteUri: true } uri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                {
                    line.Append("<a href=\"").Append(E(uri.AbsoluteUri)).Append("\">").Append(E(uri.ToString())).Append("</a>");
                }
                else
                {
                    line.Append(E(formatter.Format(row[c], columns[c])));
                }
                line.Append("</td>");
            }
            line.Append("</tr>\n");
            await html.WriteAsync(line, ct).ConfigureAwait(false);
            if (++rows % FlushEveryRows == 0)
            {
                await html.FlushAsync(ct).ConfigureAwait(false);
            }
        }
        if (rows == 0)
        {
            await html.WriteAsync($"<tr><td colspan=\"{columns.Count}\" class=\"empty\">{E(EmptyState.TextOf(table.Table))}</td></tr>\n").ConfigureAwait(false);
        }
        await html.WriteAsync("</tbody></table></section>\n").ConfigureAwait(false);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Encodes the text and turns absolute http(s) URLs into links.</summary>
    private static string Linkify(string text)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (Match url in UrlPattern().Matches(text))
        {
            builder.Append(E(text[position..url.Index]))
                .Append("<a href=\"").Append(E(url.Value)).Append("\">").Append(E(url.Value)).Append("</a>");
            position = url.Index + url.Length;
        }
        return builder.Append(E(text[position..])).ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlPattern();

    private const string Css =
        "body{margin:0;background:#f4f6f7;color:#2c3e50;font:14px/1.45 'DejaVu Sans',Verdana,Arial,sans-serif}" +
        "main{max-width:1100px;margin:0 auto;padding:32px 24px;background:#fff}" +
        "header{border-bottom:1px solid #d5d8dc;margin-bottom:20px;padding-bottom:12px}" +
        "h1{margin:0;font-size:26px}h2{font-size:17px;color:#1b4f72;margin:28px 0 8px}" +
        ".subtitle{margin:4px 0 0;font-size:17px;color:#1b4f72}.meta{color:#5d6d7e;font-size:12px;margin:8px 0 0}" +
        ".kpis{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 18px}" +
        ".kpi{flex:1 1 160px;background:#f4f6f7;border-left:4px solid #1b4f72;border-radius:6px;padding:10px 12px}" +
        ".kpi.good{border-color:#1e8449}.kpi.warning{border-color:#b9770e}.kpi.bad{border-color:#b03a2e}" +
        ".kpi .label{font-size:11px;text-transform:uppercase;color:#5d6d7e}.kpi .value{font-size:22px;font-weight:bold}" +
        ".kpi .detail{font-size:11px;color:#5d6d7e}.chart{margin:16px 0}" +
        "table{border-collapse:collapse;width:100%;font-size:12.5px}" +
        "th{background:#e3eaf0;text-align:left;border-bottom:1.5px solid #1b4f72;padding:5px 8px;position:sticky;top:0}" +
        "td{padding:4px 8px;border-bottom:1px solid #e5e8e8;vertical-align:top}tbody tr:nth-child(even){background:#f6f8f9}" +
        ".num{text-align:right;font-variant-numeric:tabular-nums}.empty{color:#5d6d7e;font-style:italic}" +
        "footer{max-width:1100px;margin:0 auto;padding:12px 24px;color:#5d6d7e;font-size:12px}" +
        "@media print{body{background:#fff}main{padding:0}th{position:static}}";
}
