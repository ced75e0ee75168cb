using System.Text;

namespace ReportGraph.Host.Rendering;

/// <summary>A TrueType face at a size: what the layout measures text with and the canvas draws it in.</summary>
internal sealed class PdfFont
{
    public PdfFont(TrueTypeFont face, double size, IReadOnlyList<TrueTypeFont>? fallbacks = null)
    {
        Face = face;
        Size = size;
        Fallbacks = fallbacks ?? [];
    }

    public TrueTypeFont Face { get; }

    /// <summary>Faces tried in order for characters <see cref="Face"/> has no glyph for.</summary>
    public IReadOnlyList<TrueTypeFont> Fallbacks { get; }

    public double Size { get; }

    /// <summary>The distance between baselines of consecutive lines: ascent, descent and line gap of the face.</summary>
    public double GetHeight() => (Face.Ascender - Face.Descender + Face.LineGap) * Size / Face.UnitsPerEm;

    /// <summary>The advance width of <paramref name="text"/> in points, each character in the face that draws it.</summary>
    public double Measure(ReadOnlySpan<char> text)
    {
        if (Fallbacks.Count == 0)
        {
            return Face.MeasureWidth(text, Size);
        }
        var width = 0.0;
        for (var start = 0; start < text.Length;)
        {
            var end = NextRun(text, start, out var face);
            width += face.MeasureWidth(text[start..end], Size);
            start = end;
        }
        return width;
    }

    /// <summary>
    /// The end of the run of characters from <paramref name="start"/> that one face draws, and that face: text in
    /// several scripts is measured and drawn run by run.
    /// </summary>
    public int NextRun(ReadOnlySpan<char> text, int start, out TrueTypeFont face)
    {
        Rune.DecodeFromUtf16(text[start..], out var first, out var consumed);
        face = FaceFor(first);
        var end = start + consumed;
        while (end < text.Length)
        {
            Rune.DecodeFromUtf16(text[end..], out var rune, out consumed);
            if (FaceFor(rune) != face)
            {
                break;
            }
            end += consumed;
        }
        return end;
    }

    /// <summary>The face that draws <paramref name="rune"/>: the primary one when it has a glyph (or nobody has).</summary>
    public TrueTypeFont FaceFor(Rune rune)
    {
        if (Fallbacks.Count == 0 || Rune.IsControl(rune) || Face.GlyphId(rune.Value) != 0)
        {
            return Face;
        }
        foreach (var fallback in Fallbacks)
        {
            if (fallback.GlyphId(rune.Value) != 0)
            {
                return fallback;
            }
        }
        return Face;
    }
}
