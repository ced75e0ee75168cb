using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Charts;

/// <summary>Renders a chart to a stand-alone SVG element (for the HTML format and the SPA).</summary>
public static class SvgChart
{
    /// <summary>Default width in SVG user units (the element scales to its container).</summary>
    public const double DefaultWidth = 640;

    /// <summary>Default height in SVG user units.</summary>
    public const double DefaultHeight = 300;

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element with one <c>&lt;g class="series" data-name="…"&gt;</c> per series.</summary>
    public static string Render(Chart chart, CultureInfo culture) => Render(chart, culture, DefaultWidth, DefaultHeight);

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element of the given size.</summary>
    public static string Render(Chart chart, CultureInfo culture, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var canvas = new SvgCanvas(width, height, chart.Title);
        ChartPainter.Paint(chart, canvas, 0, 0, width, height, culture);
        return canvas.ToSvg();
    }
}
