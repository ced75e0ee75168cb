using PdfSharp.Drawing;

namespace ReportGraph.Host.Rendering;

/// <summary>An <see cref="IChartCanvas"/> drawing vectors with PDFsharp's <see cref="XGraphics"/>.</summary>
internal sealed class PdfChartCanvas : IChartCanvas
{
    private readonly XGraphics _gfx;
    private readonly Dictionary<(double Size, bool Bold), XFont> _fonts = [];
    private static readonly XPdfFontOptions Unicode = new(PdfSharp.Pdf.PdfFontEncoding.Unicode);

    public PdfChartCanvas(XGraphics gfx) => _gfx = gfx;

    public void BeginGroup(string kind, string? name)
    {
    }

    public void EndGroup()
    {
    }

    public void Line(double x1, double y1, double x2, double y2, string color, double width, IReadOnlyList<double> dash) =>
        _gfx.DrawLine(Pen(color, width, dash), x1, y1, x2, y2);

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string color, double width, IReadOnlyList<double> dash) =>
        _gfx.DrawLines(Pen(color, width, dash), points.Select(p => new XPoint(p.X, p.Y)).ToArray());

    public void Rect(double x, double y, double width, double height, string fill)
    {
        if (width > 0 && height > 0)
        {
            _gfx.DrawRectangle(new XSolidBrush(PdfTheme.Hex(fill)), x, y, width, height);
        }
    }

    public void Marker(double x, double y, ChartMarker marker, double size, string fill)
    {
        var brush = new XSolidBrush(PdfTheme.Hex(fill));
        switch (marker)
        {
            case ChartMarker.Circle:
                _gfx.DrawEllipse(brush, x - size / 2, y - size / 2, size, size);
                break;
            case ChartMarker.Square:
                _gfx.DrawRectangle(brush, x - size / 2, y - size / 2, size, size);
                break;
            default:
                _gfx.DrawPolygon(brush, MarkerShapes.Polygon(marker, x, y, size).Select(p => new XPoint(p.X, p.Y)).ToArray(), XFillMode.Winding);
                break;
        }
    }

    public void Text(double x, double y, string text, double size, TextAnchor anchor, string color, bool bold = false, double rotateDegrees = 0)
    {
        var format = anchor switch
        {
            TextAnchor.Middle => XStringFormats.BaseLineCenter,
            TextAnchor.End => XStringFormats.BaseLineRight,
            _ => XStringFormats.BaseLineLeft,
        };
        if (rotateDegrees != 0)
        {
            var state = _gfx.Save();
            _gfx.RotateAtTransform(rotateDegrees, new XPoint(x, y));
            _gfx.DrawString(text, Font(size, bold), new XSolidBrush(PdfTheme.Hex(color)), x, y, format);
            _gfx.Restore(state);
            return;
        }
        _gfx.DrawString(text, Font(size, bold), new XSolidBrush(PdfTheme.Hex(color)), x, y, format);
    }

    public double MeasureText(string text, double size, bool bold = false) => _gfx.MeasureString(text, Font(size, bold)).Width;

    private XFont Font(double size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            font = new XFont(DejaVuFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            _fonts[(size, bold)] = font;
        }
        return font;
    }

    private static XPen Pen(string color, double width, IReadOnlyList<double> dash)
    {
        var pen = new XPen(PdfTheme.Hex(color), width) { LineJoin = XLineJoin.Round };
        if (dash.Count > 0)
        {
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = dash.ToArray();
        }
        return pen;
    }
}
