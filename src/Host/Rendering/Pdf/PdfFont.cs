namespace ReportGraph.Host.Rendering;

/// <summary>A TrueType face at a size: what the layout measures text with and the canvas draws it in.</summary>
internal sealed class PdfFont
{
    public PdfFont(TrueTypeFont face, double size)
    {
        Face = face;
        Size = size;
    }

    public TrueTypeFont Face { get; }

    public double Size { get; }

    /// <summary>The distance between baselines of consecutive lines: ascent, descent and line gap of the face.</summary>
    public double GetHeight() => (Face.Ascender - Face.Descender + Face.LineGap) * Size / Face.UnitsPerEm;

    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    public double Measure(ReadOnlySpan<char> text) => Face.MeasureWidth(text, Size);
}
