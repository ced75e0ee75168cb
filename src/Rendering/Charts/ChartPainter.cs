using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Charts;

/// <summary>
/// Lays out and draws a chart on an <see cref="IChartCanvas"/>: title, y axis with nice ticks and grid,
/// x categories (thinned when crowded), series as lines or (stacked) bars, threshold lines and a legend.
/// </summary>
public static class ChartPainter
{
    private const double Pad = 6;
    private const double TitleSize = 11.5;
    private const string TitleColor = "#1b4f72";
    private const double LabelSize = 8;
    private const string AxisColor = "#7f8c8d";
    private const string GridColor = "#e5e8e8";
    private const string TextColor = "#2c3e50";
    private const string MutedColor = "#566573";

    /// <summary>Draws <paramref name="chart"/> in the box (<paramref name="left"/>, <paramref name="top"/>, <paramref name="width"/>, <paramref name="height"/>).</summary>
    public static void Paint(Chart chart, IChartCanvas canvas, double left, double top, double width, double height, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(canvas);
        if (EmptyState.IsEmpty(chart))
        {
            PaintEmpty(chart, canvas, left, top, width, height);
            return;
        }

        var categories = ChartCategories.From(chart, culture);
        var scale = YScale(chart, categories);
        var right = left + width;
        var bottom = top + height;

        canvas.BeginGroup("title", null);
        canvas.Text(left + Pad, top + Pad + TitleSize, chart.Title, TitleSize, TextAnchor.Start, TitleColor, bold: true);
        canvas.EndGroup();

        var legend = LegendEntries(chart);
        var legendRows = LayoutLegend(legend, canvas, width - 2 * Pad);
        var legendHeight = legendRows.Count * 14;

        var tickLabels = scale.Ticks.Select(t => ChartValueFormat.Format(t, chart.YAxisType, scale.Step, culture)).ToList();
        var yLabelWidth = tickLabels.Max(l => canvas.MeasureText(l, LabelSize)) + 4;
        var plotLeft = left + Pad + (chart.YAxisTitle is null ? 0 : 14) + yLabelWidth;
        var plotRight = right - Pad - 4;
        var plotTop = top + Pad + TitleSize + 12;
        var plotBottom = bottom - Pad - legendHeight - (legendHeight > 0 ? 6 : 0) - (chart.XAxisTitle is null ? 0 : 13) - LabelSize - 6;
        if (plotBottom - plotTop < 20 || plotRight - plotLeft < 40)
        {
            throw new ArgumentException($"Chart '{chart.Title}' does not fit in {width:0}×{height:0} points.");
        }

        double Y(double value) => plotBottom - (value - scale.Min) / (scale.Max - scale.Min) * (plotBottom - plotTop);

        // Grid and y axis labels.
        canvas.BeginGroup("y-axis", chart.YAxisTitle);
        for (var i = 0; i < scale.Ticks.Count; i++)
        {
            var y = Y(scale.Ticks[i]);
            canvas.Line(plotLeft, y, plotRight, y, GridColor, 0.6, []);
            canvas.Text(plotLeft - 4, y + LabelSize * 0.35, tickLabels[i], LabelSize, TextAnchor.End, MutedColor);
        }
        if (chart.YAxisTitle is { } yTitle)
        {
            canvas.Text(left + Pad + 8, (plotTop + plotBottom) / 2, yTitle, LabelSize, TextAnchor.Middle, MutedColor, rotateDegrees: -90);
        }
        canvas.EndGroup();

        // X axis labels, thinned so they do not overlap.
        var band = (plotRight - plotLeft) / Math.Max(1, categories.Count);
        double X(int index) => plotLeft + band * (index + 0.5);
        canvas.BeginGroup("x-axis", chart.XAxisTitle);
        var widest = categories.Labels.Count == 0 ? 0 : categories.Labels.Max(l => canvas.MeasureText(l, LabelSize));
        var every = Math.Max(1, (int)Math.Ceiling((widest + 6) / band));
        for (var i = 0; i < categories.Count; i += every)
        {
            canvas.Text(X(i), plotBottom + LabelSize + 4, categories.Labels[i], LabelSize, TextAnchor.Middle, MutedColor);
        }
        if (chart.XAxisTitle is { } xTitle)
        {
            canvas.Text((plotLeft + plotRight) / 2, plotBottom + LabelSize + 17, xTitle, LabelSize, TextAnchor.Middle, MutedColor);
        }
        canvas.EndGroup();

        switch (chart.Kind)
        {
            case ChartKind.Line:
                PaintLines(chart, categories, canvas, X, Y);
                break;
            case ChartKind.Bar:
                PaintBars(chart, categories, canvas, X, Y, band, scale);
                break;
            case ChartKind.StackedBar:
                PaintStackedBars(chart, categories, canvas, X, Y, band, scale);
                break;
            default:
                throw new ArgumentException($"Chart '{chart.Title}' has kind {chart.Kind}; allowed: Line, Bar, StackedBar.");
        }

        // Zero/base line over the bars.
        var baseline = Y(Math.Max(scale.Min, Math.Min(0, scale.Max)));
        canvas.Line(plotLeft, baseline, plotRight, baseline, AxisColor, 0.8, []);

        foreach (var threshold in chart.Thresholds)
        {
            var y = Y(threshold.Value);
            canvas.BeginGroup("threshold", threshold.Label);
            canvas.Line(plotLeft, y, plotRight, y, ChartPalette.ThresholdColor, 1.2, ChartPalette.ThresholdDash);
            var label = $"{threshold.Label} {ChartValueFormat.Format(threshold.Value, chart.YAxisType, culture)}";
            canvas.Text(plotRight - 2, y - 3, label, LabelSize, TextAnchor.End, ChartPalette.ThresholdColor);
            canvas.EndGroup();
        }

        PaintLegend(legendRows, canvas, left + Pad, bottom - Pad - legendHeight);
    }

    /// <summary>The title and, where the plot would be, a shaded box with the chart's empty-state sentence.</summary>
    private static void PaintEmpty(Chart chart, IChartCanvas canvas, double left, double top, double width, double height)
    {
        canvas.BeginGroup("title", null);
        canvas.Text(left + Pad, top + Pad + TitleSize, chart.Title, TitleSize, TextAnchor.Start, TitleColor, bold: true);
        canvas.EndGroup();
        var text = EmptyState.TextOf(chart);
        var boxTop = top + Pad + TitleSize + 12;
        var boxHeight = Math.Max(24, height - (boxTop - top) - Pad);
        canvas.BeginGroup("empty", text);
        canvas.Rect(left + Pad, boxTop, width - 2 * Pad, boxHeight, "#f4f6f7");
        canvas.Text(left + width / 2, boxTop + boxHeight / 2 + 4, text, 10, TextAnchor.Middle, MutedColor);
        canvas.EndGroup();
    }

    private static NiceScale YScale(Chart chart, ChartCategories categories)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        if (chart.Kind == ChartKind.StackedBar)
        {
            for (var c = 0; c < categories.Count; c++)
            {
                double up = 0, down = 0;
                foreach (var series in categories.Values)
                {
                    var v = series[c] ?? 0;
                    if (v >= 0) up += v; else down += v;
                }
                min = Math.Min(min, down);
                max = Math.Max(max, up);
            }
        }
        else
        {
            foreach (var v in categories.Values.SelectMany(s => s).OfType<double>())
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }
        foreach (var t in chart.Thresholds)
        {
            min = Math.Min(min, t.Value);
            max = Math.Max(max, t.Value);
        }
        if (double.IsInfinity(min))
        {
            min = 0;
            max = 1;
        }
        // Bars grow from zero; rates and counts read best from zero too unless the data is far from it.
        if (chart.Kind != ChartKind.Line || (min > 0 && min < max * 0.6))
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }
        return NiceScale.For(min, max);
    }

    private static void PaintLines(Chart chart, ChartCategories categories, IChartCanvas canvas, Func<int, double> x, Func<double, double> y)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var style = ChartPalette.For(s);
            var values = categories.Values[s];
            canvas.BeginGroup("series", chart.Series[s].Name);
            var segment = new List<(double X, double Y)>();
            void Flush()
            {
                if (segment.Count > 1)
                {
                    canvas.Polyline(segment.ToArray(), style.Color, 1.8, style.Dash);
                }
                segment.Clear();
            }
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } v)
                {
                    segment.Add((x(i), y(v)));
                }
                else
                {
                    Flush();
                }
            }
            Flush();
            var markerSize = categories.Count > 40 ? 0 : 4.5;
            if (markerSize > 0)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i] is { } v)
                    {
                        canvas.Marker(x(i), y(v), style.Marker, markerSize, style.Color);
                    }
                }
            }
            canvas.EndGroup();
        }
    }

    private static void PaintBars(Chart chart, ChartCategories categories, IChartCanvas canvas, Func<int, double> x, Func<double, double> y, double band, NiceScale scale)
    {
        var group = band * 0.75;
        var barWidth = group / chart.Series.Count;
        var zero = y(Math.Max(scale.Min, Math.Min(0, scale.Max)));
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var style = ChartPalette.For(s);
            canvas.BeginGroup("series", chart.Series[s].Name);
            for (var i = 0; i < categories.Count; i++)
            {
                if (categories.Values[s][i] is not { } v)
                {
                    continue;
                }
                var top = Math.Min(zero, y(v));
                var height = Math.Abs(zero - y(v));
                canvas.Rect(x(i) - group / 2 + s * barWidth + barWidth * 0.06, top, barWidth * 0.88, height, style.Color);
            }
            canvas.EndGroup();
        }
    }

    private static void PaintStackedBars(Chart chart, ChartCategories categories, IChartCanvas canvas, Func<int, double> x, Func<double, double> y, double band, NiceScale scale)
    {
        var barWidth = band * 0.6;
        var up = new double[categories.Count];
        var down = new double[categories.Count];
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var style = ChartPalette.For(s);
            canvas.BeginGroup("series", chart.Series[s].Name);
            for (var i = 0; i < categories.Count; i++)
            {
                if (categories.Values[s][i] is not { } v || v == 0)
                {
                    continue;
                }
                var from = v >= 0 ? up[i] : down[i];
                var to = from + v;
                if (v >= 0) up[i] = to; else down[i] = to;
                var top = Math.Min(y(from), y(to));
                // A hairline gap between segments keeps adjacent similar greys apart.
                canvas.Rect(x(i) - barWidth / 2, top, barWidth, Math.Max(0, Math.Abs(y(to) - y(from)) - 0.6), style.Color);
            }
            canvas.EndGroup();
        }
    }

    private sealed record LegendEntry(string Label, string Color, IReadOnlyList<double> Dash, ChartMarker? Marker, bool Swatch);

    private static List<LegendEntry> LegendEntries(Chart chart)
    {
        var entries = new List<LegendEntry>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var style = ChartPalette.For(s);
            entries.Add(chart.Kind == ChartKind.Line
                ? new LegendEntry(chart.Series[s].Name, style.Color, style.Dash, style.Marker, false)
                : new LegendEntry(chart.Series[s].Name, style.Color, [], null, true));
        }
        entries.AddRange(chart.Thresholds.Select(t => new LegendEntry(t.Label, ChartPalette.ThresholdColor, ChartPalette.ThresholdDash, null, false)));
        return entries;
    }

    private static List<List<(LegendEntry Entry, double Width)>> LayoutLegend(List<LegendEntry> entries, IChartCanvas canvas, double width)
    {
        var rows = new List<List<(LegendEntry, double)>>();
        var row = new List<(LegendEntry, double)>();
        double used = 0;
        foreach (var entry in entries)
        {
            var w = 22 + canvas.MeasureText(entry.Label, LabelSize) + 14;
            if (row.Count > 0 && used + w > width)
            {
                rows.Add(row);
                row = [];
                used = 0;
            }
            row.Add((entry, w));
            used += w;
        }
        if (row.Count > 0)
        {
            rows.Add(row);
        }
        return rows;
    }

    private static void PaintLegend(List<List<(LegendEntry Entry, double Width)>> rows, IChartCanvas canvas, double left, double top)
    {
        canvas.BeginGroup("legend", null);
        for (var r = 0; r < rows.Count; r++)
        {
            var x = left;
            var mid = top + r * 14 + 7;
            foreach (var (entry, width) in rows[r])
            {
                if (entry.Swatch)
                {
                    canvas.Rect(x + 4, mid - 5, 12, 10, entry.Color);
                }
                else
                {
                    canvas.Line(x, mid, x + 20, mid, entry.Color, 1.8, entry.Dash);
                    if (entry.Marker is { } marker)
                    {
                        canvas.Marker(x + 10, mid, marker, 4.5, entry.Color);
                    }
                }
                canvas.Text(x + 24, mid + LabelSize * 0.35, entry.Label, LabelSize, TextAnchor.Start, TextColor);
                x += width;
            }
        }
        canvas.EndGroup();
    }
}
