using System.Globalization;
using System.Text;
using System.Xml;

namespace ReportGraph.Rendering.Charts;

/// <summary>An <see cref="IChartCanvas"/> writing SVG 1.1 markup. Text is measured approximately (DejaVu Sans widths).</summary>
internal sealed class SvgCanvas : IChartCanvas
{
    private readonly StringBuilder _body = new();
    private readonly double _width;
    private readonly double _height;
    private readonly string _title;

    public SvgCanvas(double width, double height, string title)
    {
        _width = width;
        _height = height;
        _title = title;
    }

    public void BeginGroup(string kind, string? name)
    {
        _body.Append("<g class=\"").Append(Escape(kind)).Append('"');
        if (name is not null)
        {
            _body.Append(" data-name=\"").Append(Escape(name)).Append('"');
        }
        _body.Append('>');
    }

    public void EndGroup() => _body.Append("</g>");

    public void Line(double x1, double y1, double x2, double y2, string color, double width, IReadOnlyList<double> dash)
    {
        _body.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
            .Append("\" stroke=\"").Append(color).Append("\" stroke-width=\"").Append(N(width)).Append('"');
        AppendDash(dash, width);
        _body.Append("/>");
    }

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string color, double width, IReadOnlyList<double> dash)
    {
        _body.Append("<polyline fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"").Append(N(width))
            .Append("\" stroke-linejoin=\"round\" points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0) _body.Append(' ');
            _body.Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
        }
        _body.Append('"');
        AppendDash(dash, width);
        _body.Append("/>");
    }

    public void Rect(double x, double y, double width, double height, string fill) =>
        _body.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" fill=\"").Append(fill).Append("\"/>");

    public void Marker(double x, double y, ChartMarker marker, double size, string fill)
    {
        var r = size / 2;
        switch (marker)
        {
            case ChartMarker.Circle:
                _body.Append("<circle cx=\"").Append(N(x)).Append("\" cy=\"").Append(N(y)).Append("\" r=\"").Append(N(r)).Append("\" fill=\"").Append(fill).Append("\"/>");
                break;
            case ChartMarker.Square:
                Rect(x - r, y - r, size, size, fill);
                break;
            default:
                _body.Append("<polygon fill=\"").Append(fill).Append("\" points=\"");
                var points = MarkerShapes.Polygon(marker, x, y, size);
                for (var i = 0; i < points.Length; i++)
                {
                    if (i > 0) _body.Append(' ');
                    _body.Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
                }
                _body.Append("\"/>");
                break;
        }
    }

    public void Text(double x, double y, string text, double size, TextAnchor anchor, string color, bool bold = false, double rotateDegrees = 0)
    {
        _body.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" font-size=\"").Append(N(size)).Append("\" fill=\"").Append(color).Append('"');
        if (anchor != TextAnchor.Start)
        {
            _body.Append(" text-anchor=\"").Append(anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        }
        if (bold)
        {
            _body.Append(" font-weight=\"bold\"");
        }
        if (rotateDegrees != 0)
        {
            _body.Append(" transform=\"rotate(").Append(N(rotateDegrees)).Append(' ').Append(N(x)).Append(' ').Append(N(y)).Append(")\"");
        }
        _body.Append('>').Append(Escape(text)).Append("</text>");
    }

    // DejaVu Sans averages about 0.58 em per character; bold is a little wider.
    public double MeasureText(string text, double size, bool bold = false) => text.Length * size * (bold ? 0.64 : 0.58);

    public string ToSvg()
    {
        var svg = new StringBuilder(_body.Length + 400);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(_width)).Append(' ').Append(N(_height))
            .Append("\" width=\"").Append(N(_width)).Append("\" height=\"").Append(N(_height))
            .Append("\" role=\"img\" aria-label=\"").Append(Escape(_title))
            .Append("\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" style=\"max-width:100%;height:auto\">")
            .Append("<title>").Append(Escape(_title)).Append("</title>")
            .Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
            .Append(_body)
            .Append("</svg>");
        return svg.ToString();
    }

    private void AppendDash(IReadOnlyList<double> dash, double width)
    {
        if (dash.Count > 0)
        {
            _body.Append(" stroke-dasharray=\"").Append(string.Join(' ', dash.Select(d => N(d * width)))).Append('"');
        }
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        // XML 1.0 forbids most control characters; drop them rather than produce a document that does not parse.
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) clean.Append(c);
        }
        return System.Net.WebUtility.HtmlEncode(clean.ToString());
    }
}
