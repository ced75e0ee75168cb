using System.IO.Compression;
using System.Text;
using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Pdf.Writing;

/// <summary>
/// One TrueType face embedded in a document as a Type 0 font with Identity-H encoding (ISO 32000-1 §9.7):
/// text is written as two-byte glyph ids, the glyphs used are remembered (a bit and a code point per glyph,
/// so the memory is fixed by the face, not by the document), and at the end the face is written once as a
/// subset with widths and a ToUnicode map, so text can be searched and extracted.
/// </summary>
internal sealed class PdfEmbeddedFont
{
    private readonly bool[] _used;
    private readonly int[] _codePoints;

    public PdfEmbeddedFont(TrueTypeFont face, string resourceName, int objectNumber)
    {
        Face = face;
        ResourceName = resourceName;
        ObjectNumber = objectNumber;
        _used = new bool[face.GlyphCount];
        _codePoints = new int[face.GlyphCount];
        _used[0] = true;
    }

    public TrueTypeFont Face { get; }

    /// <summary>The name pages use for the font in their resources, e.g. F1.</summary>
    public string ResourceName { get; }

    /// <summary>The object number of the Type 0 font dictionary, reserved when the font was first used.</summary>
    public int ObjectNumber { get; }

    /// <summary>Appends <paramref name="text"/> as a hexadecimal string of glyph ids and marks the glyphs used.</summary>
    public void AppendGlyphs(PdfSyntaxWriter content, ReadOnlySpan<char> text)
    {
        content.Raw('<');
        foreach (var rune in text.EnumerateRunes())
        {
            // A control character would show as the empty box of glyph 0; it takes a space's place instead.
            var glyph = Face.GlyphId(Rune.IsControl(rune) ? ' ' : rune.Value);
            if (glyph != 0 && glyph < _used.Length && !_used[glyph])
            {
                _used[glyph] = true;
                _codePoints[glyph] = Rune.IsControl(rune) ? ' ' : rune.Value;
            }
            content.Hex(glyph);
        }
        content.Raw("> ");
    }

    /// <summary>Writes the font dictionaries, the subset font program and the ToUnicode map.</summary>
    public void Write(PdfFileWriter file)
    {
        var glyphs = Enumerable.Range(0, _used.Length).Where(g => _used[g]).Select(g => (ushort)g).ToList();
        var baseFont = SubsetTag(glyphs) + "+" + Face.PostScriptName;
        int descendant = file.Reserve(), descriptor = file.Reserve(), program = file.Reserve(), toUnicode = file.Reserve();
        var scale = 1000.0 / Face.UnitsPerEm;

        file.BeginObject(ObjectNumber).Raw("<< /Type /Font /Subtype /Type0 /BaseFont ").Name(baseFont)
            .Raw("/Encoding /Identity-H /DescendantFonts [").Reference(descendant).Raw("] /ToUnicode ").Reference(toUnicode).Raw(">>");
        file.EndObject();

        var w = file.BeginObject(descendant).Raw("<< /Type /Font /Subtype /CIDFontType2 /BaseFont ").Name(baseFont)
            .Raw("/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ").Reference(descriptor)
            .Raw("/CIDToGIDMap /Identity /DW ").Int((long)Math.Round(Face.AdvanceWidth(0) * scale)).Raw("/W [");
        // Runs of consecutive glyph ids share one entry: "first [w1 w2 ...]".
        for (var i = 0; i < glyphs.Count;)
        {
            w.Int(glyphs[i]).Raw('[');
            var next = glyphs[i];
            while (i < glyphs.Count && glyphs[i] == next)
            {
                w.Number(Face.AdvanceWidth(glyphs[i]) * scale);
                i++;
                next++;
            }
            w.Raw("] ");
        }
        w.Raw("] >>");
        file.EndObject();

        var box = Face.BoundingBox;
        var flags = 32 | (Face.IsFixedPitch ? 1 : 0) | (Face.ItalicAngle != 0 ? 64 : 0); // nonsymbolic, fixed pitch, italic (§9.8.2)
        file.BeginObject(descriptor).Raw("<< /Type /FontDescriptor /FontName ").Name(baseFont)
            .Raw("/FontFamily ").Text(Face.FamilyName).Raw("/Flags ").Int(flags)
            .Raw("/FontBBox [").Number(box.XMin * scale).Number(box.YMin * scale).Number(box.XMax * scale).Number(box.YMax * scale)
            .Raw("] /ItalicAngle ").Number(Face.ItalicAngle).Raw("/Ascent ").Number(Face.Ascender * scale)
            .Raw("/Descent ").Number(Face.Descender * scale).Raw("/CapHeight ").Number(Face.CapHeight * scale)
            .Raw("/StemV ").Int(Face.WeightClass >= 600 ? 120 : 80).Raw("/FontWeight ").Int(Face.WeightClass)
            .Raw("/FontFile2 ").Reference(program).Raw(">>");
        file.EndObject();

        var subset = Face.Subset(glyphs);
        file.WriteStream(program, subset, d => d.Raw("/Length1 ").Int(subset.Length), CompressionLevel.Optimal);
        file.WriteStream(toUnicode, ToUnicodeMap(glyphs));
    }

    /// <summary>A CMap from glyph ids to UTF-16 text (§9.10.3), in blocks of at most 100 entries as the format requires.</summary>
    private byte[] ToUnicodeMap(List<ushort> glyphs)
    {
        var mapped = glyphs.Where(g => _codePoints[g] != 0).ToList();
        var cmap = new PdfSyntaxWriter(1024 + mapped.Count * 16);
        cmap.Raw("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Raw("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Raw("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Span<char> units = stackalloc char[2];
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var count = Math.Min(100, mapped.Count - start);
            cmap.Int(count).Raw("beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                cmap.Raw('<').Hex(mapped[i]).Raw("> <");
                var length = new Rune(_codePoints[mapped[i]]).EncodeToUtf16(units);
                for (var u = 0; u < length; u++)
                {
                    cmap.Hex(units[u]);
                }
                cmap.Raw(">\n");
            }
            cmap.Raw("endbfchar\n");
        }
        cmap.Raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.Written.ToArray();
    }

    /// <summary>Six capital letters that differ between subsets of the same face (§9.6.4).</summary>
    private static string SubsetTag(List<ushort> glyphs)
    {
        var hash = 17u;
        foreach (var g in glyphs)
        {
            hash = unchecked(hash * 31 + g);
        }
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + hash % 26);
            hash /= 26;
        }
        return new string(tag);
    }
}
