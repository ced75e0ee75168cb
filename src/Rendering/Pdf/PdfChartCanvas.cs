using ReportGraph.Rendering.Charts;
using ReportGraph.Rendering.Pdf.Writing;

namespace ReportGraph.Rendering.Pdf;

/// <summary>An <see cref="IChartCanvas"/> drawing vectors on a PDF page.</summary>
internal sealed class PdfChartCanvas : IChartCanvas
{
    private readonly PdfCanvas _canvas;
    private readonly PdfTheme _theme;
    private readonly Dictionary<(double Size, bool Bold), PdfFont> _fonts = [];

    public PdfChartCanvas(PdfCanvas canvas, PdfTheme theme)
    {
        _canvas = canvas;
        _theme = theme;
    }

    public void BeginGroup(string kind, string? name)
    {
    }

    public void EndGroup()
    {
    }

    public void Line(double x1, double y1, double x2, double y2, string color, double width, IReadOnlyList<double> dash) =>
        _canvas.StrokePolyline(PdfColor.FromHex(color), width, [(x1, y1), (x2, y2)], dash);

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string color, double width, IReadOnlyList<double> dash) =>
        _canvas.StrokePolyline(PdfColor.FromHex(color), width, points, dash);

    public void Rect(double x, double y, double width, double height, string fill)
    {
        if (width > 0 && height > 0)
        {
            _canvas.FillRectangle(PdfColor.FromHex(fill), x, y, width, height);
        }
    }

    public void Marker(double x, double y, ChartMarker marker, double size, string fill)
    {
        var color = PdfColor.FromHex(fill);
        switch (marker)
        {
            case ChartMarker.Circle:
                _canvas.FillEllipse(color, x - size / 2, y - size / 2, size, size);
                break;
            case ChartMarker.Square:
                _canvas.FillRectangle(color, x - size / 2, y - size / 2, size, size);
                break;
            default:
                _canvas.FillPolygon(color, MarkerShapes.Polygon(marker, x, y, size));
                break;
        }
    }

    public void Text(double x, double y, string text, double size, TextAnchor anchor, string color, bool bold = false, double rotateDegrees = 0)
    {
        var align = anchor switch
        {
            TextAnchor.Middle => PdfTextAlign.Center,
            TextAnchor.End => PdfTextAlign.Right,
            _ => PdfTextAlign.Left,
        };
        _canvas.DrawText(text, Font(size, bold), PdfColor.FromHex(color), x, y, align, rotateDegrees);
    }

    public double MeasureText(string text, double size, bool bold = false) => Font(size, bold).Measure(text);

    private PdfFont Font(double size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = bold ? new PdfFont(_theme.BoldFace, size, _theme.BoldFallbacks) : new PdfFont(_theme.Regular, size, _theme.Fallbacks);
            _fonts[(size, bold)] = font;
        }
        return font;
    }
}
