using System.Globalization;
using System.Net;
using System.Text;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Charts;

/// <summary>
/// Renders a chart as email-safe HTML: nested tables with inline styles and <c>width</c> attributes,
/// which Outlook, Gmail and Apple Mail all display. No SVG, no script, no CSS classes, no images.
/// Bars become coloured table cells whose widths are proportional to the values; a line chart becomes a
/// compact table (one row per x value, one column per series) with a small bar in each cell.
/// </summary>
public static class EmailChartHtml
{
    private const int BarMaxPx = 220;
    private const string Font = "font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#2c3e50";

    /// <summary>The chart as an HTML fragment (a single outer &lt;table&gt;).</summary>
    public static string Render(Chart chart, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (EmptyState.IsEmpty(chart))
        {
            return RenderEmpty(chart);
        }

        var categories = ChartCategories.From(chart, culture);
        var max = MaxValue(chart, categories);
        var html = new StringBuilder(4096);
        html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\" style=\"border-collapse:collapse;").Append(Font).Append("\">");
        html.Append("<tr><td style=\"padding:0 0 6px 0;font-size:14px;font-weight:bold\">").Append(E(chart.Title)).Append("</td></tr>");
        html.Append("<tr><td>");
        if (chart.Kind == ChartKind.Line)
        {
            ValueTable(chart, categories, max, culture, html);
        }
        else
        {
            BarTable(chart, categories, max, culture, html);
        }
        html.Append("</td></tr>");
        html.Append("<tr><td style=\"padding:6px 0 0 0\">");
        Legend(chart, culture, html);
        html.Append("</td></tr></table>");
        return html.ToString();
    }

    /// <summary>The title and the chart's empty-state sentence in a shaded cell, where the bars would be.</summary>
    private static string RenderEmpty(Chart chart) =>
        new StringBuilder(512)
            .Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\" style=\"border-collapse:collapse;").Append(Font).Append("\">")
            .Append("<tr><td style=\"padding:0 0 6px 0;font-size:14px;font-weight:bold\">").Append(E(chart.Title)).Append("</td></tr>")
            .Append("<tr><td bgcolor=\"#f4f6f7\" style=\"padding:14px 10px;background-color:#f4f6f7;color:#566573;font-style:italic\">")
            .Append(E(EmptyState.TextOf(chart))).Append("</td></tr></table>")
            .ToString();

    private static double MaxValue(Chart chart, ChartCategories categories)
    {
        double max = 0;
        for (var c = 0; c < categories.Count; c++)
        {
            if (chart.Kind == ChartKind.StackedBar)
            {
                max = Math.Max(max, categories.Values.Sum(s => Math.Max(0, s[c] ?? 0)));
            }
            else
            {
                foreach (var series in categories.Values)
                {
                    max = Math.Max(max, Math.Abs(series[c] ?? 0));
                }
            }
        }
        foreach (var t in chart.Thresholds)
        {
            max = Math.Max(max, Math.Abs(t.Value));
        }
        return max <= 0 ? 1 : max;
    }

    private static int Px(double value, double max) => (int)Math.Round(Math.Clamp(Math.Abs(value) / max, 0, 1) * BarMaxPx);

    private static bool AboveThreshold(Chart chart, double value) => chart.Thresholds.Count > 0 && value > chart.Thresholds.Max(t => t.Value);

    /// <summary>One row per category: the label, a bar made of coloured cells (one per series, or stacked segments), the value.</summary>
    private static void BarTable(Chart chart, ChartCategories categories, double max, CultureInfo culture, StringBuilder html)
    {
        html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;").Append(Font).Append("\">");
        for (var c = 0; c < categories.Count; c++)
        {
            if (chart.Kind == ChartKind.StackedBar)
            {
                html.Append("<tr><td style=\"padding:2px 8px 2px 0;white-space:nowrap\">").Append(E(categories.Labels[c])).Append("</td><td style=\"padding:2px 0\">");
                html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>");
                double total = 0;
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    if (categories.Values[s][c] is { } v && v > 0)
                    {
                        total += v;
                        BarCell(html, Px(v, max), ChartPalette.For(s).Color, $"{chart.Series[s].Name}: {ChartValueFormat.Format(v, chart.YAxisType, culture)}");
                    }
                }
                html.Append("</tr></table></td><td style=\"padding:2px 0 2px 8px;text-align:right;white-space:nowrap\">")
                    .Append(E(ChartValueFormat.Format(total, chart.YAxisType, culture))).Append("</td></tr>");
                continue;
            }
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = categories.Values[s][c];
                html.Append("<tr>");
                html.Append("<td style=\"padding:").Append(s == 0 ? "4px" : "0").Append(" 8px 1px 0;white-space:nowrap\">")
                    .Append(s == 0 ? E(categories.Labels[c]) : "&nbsp;").Append("</td><td style=\"padding:1px 0\">");
                html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>");
                if (value is { } v)
                {
                    BarCell(html, Px(v, max), ChartPalette.For(s).Color, $"{chart.Series[s].Name}: {ChartValueFormat.Format(v, chart.YAxisType, culture)}");
                }
                else
                {
                    html.Append("<td style=\"font-size:1px;line-height:1px\">&nbsp;</td>");
                }
                html.Append("</tr></table></td>");
                var text = value is { } shown ? ChartValueFormat.Format(shown, chart.YAxisType, culture) : "–";
                var flagged = value is { } fv && AboveThreshold(chart, fv);
                html.Append("<td style=\"padding:1px 0 1px 8px;text-align:right;white-space:nowrap").Append(flagged ? ";color:" + ChartPalette.ThresholdColor + ";font-weight:bold" : "").Append("\">")
                    .Append(E(text)).Append(chart.Series.Count > 1 ? " <span style=\"color:#7f8c8d\">" + E(chart.Series[s].Name) + "</span>" : "").Append("</td></tr>");
            }
        }
        html.Append("</table>");
    }

    /// <summary>A compact table for line charts: x values down, series across, each value with a small bar.</summary>
    private static void ValueTable(Chart chart, ChartCategories categories, double max, CultureInfo culture, StringBuilder html)
    {
        html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;").Append(Font).Append("\">");
        html.Append("<tr><td style=\"padding:2px 10px 4px 0;font-weight:bold;border-bottom:1px solid #d5d8dc\">").Append(E(chart.XAxisTitle ?? "")).Append("</td>");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            html.Append("<td style=\"padding:2px 10px 4px 0;font-weight:bold;border-bottom:1px solid #d5d8dc;color:").Append(ChartPalette.For(s).Color).Append("\">").Append(E(chart.Series[s].Name)).Append("</td>");
        }
        html.Append("</tr>");
        for (var c = 0; c < categories.Count; c++)
        {
            var zebra = c % 2 == 1 ? "background-color:#f4f6f7;" : "";
            html.Append("<tr><td style=\"").Append(zebra).Append("padding:2px 10px 2px 0;white-space:nowrap\">").Append(E(categories.Labels[c])).Append("</td>");
            for (var s = 0; s < chart.Series.Count; s++)
            {
                html.Append("<td style=\"").Append(zebra).Append("padding:2px 10px 2px 0;white-space:nowrap\">");
                if (categories.Values[s][c] is { } v)
                {
                    var flagged = AboveThreshold(chart, v);
                    html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>");
                    BarCell(html, Math.Max(1, Px(v, max) / 3), ChartPalette.For(s).Color, null);
                    html.Append("<td style=\"padding-left:6px;text-align:right;").Append(Font).Append(flagged ? ";color:" + ChartPalette.ThresholdColor + ";font-weight:bold" : "").Append("\">")
                        .Append(E(ChartValueFormat.Format(v, chart.YAxisType, culture))).Append("</td></tr></table>");
                }
                else
                {
                    html.Append('–');
                }
                html.Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</table>");
    }

    private static void BarCell(StringBuilder html, int widthPx, string color, string? title)
    {
        if (widthPx <= 0)
        {
            widthPx = 1;
        }
        html.Append("<td width=\"").Append(widthPx).Append("\" height=\"12\" bgcolor=\"").Append(color).Append("\" style=\"width:").Append(widthPx)
            .Append("px;height:12px;background-color:").Append(color).Append(";font-size:1px;line-height:1px\"");
        if (title is not null)
        {
            html.Append(" title=\"").Append(E(title)).Append('"');
        }
        html.Append(">&nbsp;</td>");
    }

    /// <summary>
    /// The legend, four entries per row. Each swatch sits in its own small table so that mail clients cannot
    /// squeeze it to nothing when the row is crowded.
    /// </summary>
    private static void Legend(Chart chart, CultureInfo culture, StringBuilder html)
    {
        const int perRow = 4;
        var entries = chart.Series.Select((s, i) => (Color: ChartPalette.For(i).Color, Text: E(s.Name), Threshold: false))
            .Concat(chart.Thresholds.Select(t => (Color: ChartPalette.ThresholdColor, Text: E(t.Label) + ": " + E(ChartValueFormat.Format(t.Value, chart.YAxisType, culture)), Threshold: true)))
            .ToList();
        html.Append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"").Append(Font).Append("\">");
        for (var start = 0; start < entries.Count; start += perRow)
        {
            html.Append("<tr>");
            foreach (var (color, text, threshold) in entries.Skip(start).Take(perRow))
            {
                html.Append("<td style=\"padding:2px 14px 2px 0;white-space:nowrap\"><table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>");
                if (threshold)
                {
                    html.Append("<td style=\"").Append(Font).Append(";white-space:nowrap;color:").Append(color).Append(";font-weight:bold;padding-right:4px\">- -</td>");
                }
                else
                {
                    html.Append("<td width=\"10\" height=\"10\" bgcolor=\"").Append(color).Append("\" style=\"width:10px;min-width:10px;height:10px;background-color:").Append(color).Append(";font-size:1px;line-height:1px\">&nbsp;</td>")
                        .Append("<td width=\"4\" style=\"width:4px;font-size:1px;line-height:1px\">&nbsp;</td>");
                }
                html.Append("<td style=\"").Append(Font).Append(";white-space:nowrap").Append(threshold ? ";color:" + color : "").Append("\">").Append(text).Append("</td></tr></table></td>");
            }
            html.Append("</tr>");
        }
        html.Append("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
