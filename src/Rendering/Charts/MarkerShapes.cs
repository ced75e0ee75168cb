namespace ReportGraph.Rendering.Charts;

/// <summary>Polygon corners of the non-round markers, shared by the SVG and PDF canvases.</summary>
internal static class MarkerShapes
{
    public static (double X, double Y)[] Polygon(ChartMarker marker, double x, double y, double size)
    {
        var r = size / 2 * 1.2;
        return marker switch
        {
            ChartMarker.Triangle => [(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)],
            ChartMarker.Diamond => [(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
            _ => [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)],
        };
    }
}
