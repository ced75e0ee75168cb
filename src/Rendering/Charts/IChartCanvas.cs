namespace ReportGraph.Rendering.Charts;

/// <summary>Horizontal placement of text relative to its x coordinate.</summary>
public enum TextAnchor
{
    /// <summary>Text starts at x.</summary>
    Start,
    /// <summary>Text is centred on x.</summary>
    Middle,
    /// <summary>Text ends at x.</summary>
    End,
}

/// <summary>
/// The drawing primitives a chart needs, in a top-left origin coordinate system of points.
/// One painter (<see cref="ChartPainter"/>) draws on it; SVG and PDF implement it.
/// </summary>
public interface IChartCanvas
{
    /// <summary>Starts a named group (an SVG &lt;g&gt;), e.g. one per series; ignored where groups do not exist.</summary>
    void BeginGroup(string kind, string? name);

    /// <summary>Ends the group started last.</summary>
    void EndGroup();

    /// <summary>A straight line.</summary>
    void Line(double x1, double y1, double x2, double y2, string color, double width, IReadOnlyList<double> dash);

    /// <summary>An open polyline through <paramref name="points"/>.</summary>
    void Polyline(IReadOnlyList<(double X, double Y)> points, string color, double width, IReadOnlyList<double> dash);

    /// <summary>A filled rectangle.</summary>
    void Rect(double x, double y, double width, double height, string fill);

    /// <summary>A filled marker centred on (x, y).</summary>
    void Marker(double x, double y, ChartMarker marker, double size, string fill);

    /// <summary>Text whose baseline starts, centres or ends at (x, y); rotated by <paramref name="rotateDegrees"/> around that point.</summary>
    void Text(double x, double y, string text, double size, TextAnchor anchor, string color, bool bold = false, double rotateDegrees = 0);

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/>.</summary>
    double MeasureText(string text, double size, bool bold = false);
}
