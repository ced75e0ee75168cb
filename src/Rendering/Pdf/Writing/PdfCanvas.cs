namespace ReportGraph.Rendering.Pdf.Writing;

/// <summary>Horizontal placement of text against its x coordinate.</summary>
internal enum PdfTextAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// Draws on one page or form: builds its content stream (ISO 32000-1 §8–9) from calls in the layout's
/// coordinates — points, origin top-left, y growing downwards — and turns them into PDF's bottom-left space.
/// Colours and line widths already in effect are not repeated.
/// </summary>
internal sealed class PdfCanvas
{
    // 4/3·(√2−1): control point distance that makes a cubic Bézier a quarter circle.
    private const double Kappa = 0.5522847498;

    private readonly PdfSyntaxWriter _content = new();
    private readonly PdfDocumentWriter _document;
    private PdfColor? _fill;
    private PdfColor? _stroke;
    private double _lineWidth = 1;
    private (PdfEmbeddedFont Font, double Size)? _textFont;

    public PdfCanvas(PdfDocumentWriter document, double width, double height)
    {
        _document = document;
        Width = width;
        Height = height;
        Begin();
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The content stream written so far.</summary>
    public ReadOnlySpan<byte> Content => _content.Written;

    public void Clear()
    {
        _content.Clear();
        ResetState();
    }

    /// <summary>Round line joins for the whole page, so chart lines turn smoothly.</summary>
    private void Begin() => _content.Raw("1 j\n");

    public void FillRectangle(PdfColor color, double x, double y, double width, double height)
    {
        SetFill(color);
        _content.Number(x).Number(Height - y - height).Number(width).Number(height).Raw("re f\n");
    }

    public void FillRoundedRectangle(PdfColor color, double x, double y, double width, double height, double radius)
    {
        radius = Math.Min(radius, Math.Min(width, height) / 2);
        SetFill(color);
        double left = x, right = x + width, top = Height - y, bottom = Height - y - height, k = radius * Kappa;
        MoveTo(left + radius, top);
        LineTo(right - radius, top);
        CurveTo(right - radius + k, top, right, top - radius + k, right, top - radius);
        LineTo(right, bottom + radius);
        CurveTo(right, bottom + radius - k, right - radius + k, bottom, right - radius, bottom);
        LineTo(left + radius, bottom);
        CurveTo(left + radius - k, bottom, left, bottom + radius - k, left, bottom + radius);
        LineTo(left, top - radius);
        CurveTo(left, top - radius + k, left + radius - k, top, left + radius, top);
        _content.Raw("h f\n");
    }

    public void FillEllipse(PdfColor color, double x, double y, double width, double height)
    {
        SetFill(color);
        double rx = width / 2, ry = height / 2, cx = x + rx, cy = Height - y - ry, kx = rx * Kappa, ky = ry * Kappa;
        MoveTo(cx + rx, cy);
        CurveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        CurveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        CurveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        CurveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        _content.Raw("h f\n");
    }

    public void FillPolygon(PdfColor color, IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 3)
        {
            return;
        }
        SetFill(color);
        MoveTo(points[0].X, Height - points[0].Y);
        for (var i = 1; i < points.Count; i++)
        {
            LineTo(points[i].X, Height - points[i].Y);
        }
        _content.Raw("h f\n");
    }

    /// <summary>A solid straight line; table rules draw one per row, so it takes no list of points.</summary>
    public void StrokeLine(PdfColor color, double width, double x1, double y1, double x2, double y2)
    {
        SetStroke(color);
        SetLineWidth(width);
        MoveTo(x1, Height - y1);
        LineTo(x2, Height - y2);
        _content.Raw("S\n");
    }

    /// <summary>An open line through the points, with round joins and an optional dash pattern (on/off lengths).</summary>
    public void StrokePolyline(PdfColor color, double width, IReadOnlyList<(double X, double Y)> points, IReadOnlyList<double> dash)
    {
        if (points.Count < 2)
        {
            return;
        }
        var dashed = dash.Count > 0;
        var saved = (_fill, _stroke, _lineWidth);
        if (dashed)
        {
            _content.Raw("q [");
            foreach (var length in dash)
            {
                _content.Number(length * width);
            }
            _content.Raw("] 0 d\n");
        }
        SetStroke(color);
        SetLineWidth(width);
        MoveTo(points[0].X, Height - points[0].Y);
        for (var i = 1; i < points.Count; i++)
        {
            LineTo(points[i].X, Height - points[i].Y);
        }
        _content.Raw("S\n");
        if (dashed)
        {
            // Q brings back the state saved by q: the colour and width from before this line.
            _content.Raw("Q\n");
            (_fill, _stroke, _lineWidth) = saved;
        }
    }

    /// <summary>Text whose baseline starts, centres or ends at (x, y), optionally rotated around that point (degrees, clockwise as on screen).</summary>
    public void DrawText(string text, PdfFont font, PdfColor color, double x, double y, PdfTextAlign align = PdfTextAlign.Left, double rotateDegrees = 0)
    {
        if (text.Length == 0)
        {
            return;
        }
        var offset = align switch
        {
            PdfTextAlign.Center => -font.Measure(text) / 2,
            PdfTextAlign.Right => -font.Measure(text),
            _ => 0,
        };
        SetFill(color);
        _content.Raw("BT ");
        var positioned = false;
        // Runs in different faces (a fallback for scripts the main face lacks) follow each other in one text
        // object: each Tj moves the pen by its glyphs' widths.
        for (var start = 0; start < text.Length;)
        {
            var end = font.NextRun(text, start, out var face);
            var embedded = _document.Embed(face);
            // The font is text state, kept across text objects (ISO 32000-1 §9.3.1): set it only when it changes.
            if (_textFont != (embedded, font.Size))
            {
                _textFont = (embedded, font.Size);
                _content.Name(embedded.ResourceName).Number(font.Size).Raw("Tf ");
            }
            if (!positioned)
            {
                StartAt(x, y, offset, rotateDegrees);
                positioned = true;
            }
            embedded.AppendGlyphs(_content, text.AsSpan(start, end - start));
            _content.Raw("Tj ");
            start = end;
        }
        _content.Raw("ET\n");
    }

    /// <summary>Sets the text matrix: the anchor (x, y), moved by <paramref name="offset"/> along the baseline for alignment.</summary>
    private void StartAt(double x, double y, double offset, double rotateDegrees)
    {
        if (rotateDegrees == 0)
        {
            _content.Raw("1 0 0 1 ").Number(x + offset).Number(Height - y);
        }
        else
        {
            // Clockwise on a y-down page is counter-clockwise negative in PDF's y-up space.
            var radians = -rotateDegrees * Math.PI / 180;
            double cos = Math.Cos(radians), sin = Math.Sin(radians);
            _content.Number(cos).Number(sin).Number(-sin).Number(cos)
                .Number(x + offset * cos).Number(Height - y + offset * sin);
        }
        _content.Raw("Tm ");
    }

    /// <summary>Paints a form XObject (by its resource name) over the page.</summary>
    public void DrawForm(string resourceName) => _content.Raw("q ").Name(resourceName).Raw("Do Q\n");

    private void SetFill(PdfColor color)
    {
        if (_fill == color)
        {
            return;
        }
        _fill = color;
        Rgb(color).Raw("rg\n");
    }

    private void SetStroke(PdfColor color)
    {
        if (_stroke == color)
        {
            return;
        }
        _stroke = color;
        Rgb(color).Raw("RG\n");
    }

    private void SetLineWidth(double width)
    {
        if (_lineWidth == width)
        {
            return;
        }
        _lineWidth = width;
        _content.Number(width).Raw("w\n");
    }

    private PdfSyntaxWriter Rgb(PdfColor color) =>
        _content.Number(color.R / 255.0).Number(color.G / 255.0).Number(color.B / 255.0);

    private void MoveTo(double x, double y) => _content.Number(x).Number(y).Raw("m ");

    private void LineTo(double x, double y) => _content.Number(x).Number(y).Raw("l ");

    private void CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) =>
        _content.Number(x1).Number(y1).Number(x2).Number(y2).Number(x3).Number(y3).Raw("c ");

    /// <summary>A new content stream starts in the default graphics state: black, width 1.</summary>
    private void ResetState()
    {
        _fill = null;
        _stroke = null;
        _lineWidth = 1;
        _textFont = null;
        Begin();
    }
}
