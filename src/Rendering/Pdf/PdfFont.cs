using System.Text;
using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Pdf;

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
        // One pass: each character's advance in the face that draws it (every table cell is measured this way).
        var width = 0.0;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed);
            var face = FaceFor(rune, out var glyph);
            width += face.AdvanceWidth(glyph) * Size / face.UnitsPerEm;
            i += consumed;
        }
        return width;
    }

    /// <summary>
    /// The end of the run of characters from <paramref name="start"/> that one face draws, and that face: text in
    /// several scripts is drawn run by run, each run in one text-showing operator.
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
    public TrueTypeFont FaceFor(Rune rune) => FaceFor(rune, out _);

    private TrueTypeFont FaceFor(Rune rune, out ushort glyph)
    {
        glyph = Face.GlyphId(rune.Value);
        if (glyph != 0 || Fallbacks.Count == 0 || Rune.IsControl(rune))
        {
            return Face;
        }
        foreach (var fallback in Fallbacks)
        {
            var fallbackGlyph = fallback.GlyphId(rune.Value);
            if (fallbackGlyph != 0)
            {
                glyph = fallbackGlyph;
                return fallback;
            }
        }
        return Face;
    }
}
