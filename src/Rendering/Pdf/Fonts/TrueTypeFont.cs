namespace ReportGraph.Rendering.Pdf.Fonts;

/// <summary>
/// A parsed TrueType (glyf-outline) font: the metrics a PDF font descriptor needs, character-to-glyph lookup,
/// text measurement, and subsetting for embedding. Immutable once loaded, so one instance can serve concurrent
/// renders.
/// </summary>
public sealed class TrueTypeFont
{
    private readonly ushort[] _advances;
    private readonly TrueTypeCharacterMap _characterMap;

    private TrueTypeFont(byte[] data, TrueTypeTableDirectory tables)
    {
        Data = data;
        Tables = tables;

        var head = tables.Required("head");
        head.Require(0, 54, "the header fields");
        if (head.UInt32(12) != 0x5F0F3CF5)
        {
            throw new InvalidDataException("Not a usable TrueType font: table 'head' has the wrong magic number.");
        }
        UnitsPerEm = head.UInt16(18);
        if (UnitsPerEm == 0)
        {
            throw new InvalidDataException("Not a usable TrueType font: table 'head' gives 0 units per em.");
        }
        BoundingBox = (head.Int16(36), head.Int16(38), head.Int16(40), head.Int16(42));
        IndexToLocFormat = head.Int16(50);
        if (IndexToLocFormat is not (0 or 1))
        {
            throw new InvalidDataException($"Not a usable TrueType font: table 'head' has indexToLocFormat {IndexToLocFormat}, expected 0 or 1.");
        }

        var maxp = tables.Required("maxp");
        GlyphCount = maxp.UInt16(4, "numGlyphs");
        if (GlyphCount == 0)
        {
            throw new InvalidDataException("Not a usable TrueType font: table 'maxp' says the font has no glyphs.");
        }

        var hhea = tables.Required("hhea");
        hhea.Require(0, 36, "the header fields");
        Ascender = hhea.Int16(4);
        Descender = hhea.Int16(6);
        LineGap = hhea.Int16(8);
        NumberOfHMetrics = hhea.UInt16(34);
        if (NumberOfHMetrics == 0)
        {
            throw new InvalidDataException("Not a usable TrueType font: table 'hhea' gives 0 horizontal metrics.");
        }
        _advances = ReadAdvances(tables.Required("hmtx"), NumberOfHMetrics, GlyphCount);

        // Subset() reads loca and glyf; checking their presence and size here makes a broken file fail at load.
        tables.Required("loca").Require(0, (GlyphCount + 1) * (IndexToLocFormat == 0 ? 2 : 4), $"{GlyphCount + 1} glyph offsets");
        tables.Required("glyf");

        _characterMap = tables.TryGet("cmap", out var cmap) ? TrueTypeCharacterMap.Read(cmap, GlyphCount) : TrueTypeCharacterMap.Empty;

        string? postScriptName = null, familyName = null;
        if (tables.TryGet("name", out var name))
        {
            postScriptName = TrueTypeNames.Find(name, 6);
            familyName = TrueTypeNames.Find(name, 1) ?? TrueTypeNames.Find(name, 16);
        }
        PostScriptName = CleanPostScriptName(postScriptName);
        FamilyName = string.IsNullOrWhiteSpace(familyName) ? PostScriptName : familyName;

        if (tables.TryGet("post", out var post))
        {
            ItalicAngle = post.Int32(4, "italicAngle") / 65536.0;
            IsFixedPitch = post.UInt32(12, "isFixedPitch") != 0;
        }

        WeightClass = 400;
        CapHeight = Ascender;
        if (tables.TryGet("OS/2", out var os2))
        {
            WeightClass = os2.UInt16(4, "usWeightClass");
            // sCapHeight exists from OS/2 version 2 on; older tables end before it.
            if (os2.UInt16(0) >= 2 && os2.Length >= 90)
            {
                CapHeight = os2.Int16(88);
            }
        }
    }

    /// <summary>PostScript name from the 'name' table (nameID 6), without spaces or characters a PDF name or
    /// PostScript name cannot hold; "Font" when the table or record is missing.</summary>
    public string PostScriptName { get; }

    /// <summary>Family name from the 'name' table (nameID 1, else 16); the PostScript name when neither exists.</summary>
    public string FamilyName { get; }

    /// <summary>Font design units per em (head.unitsPerEm); all other metrics are in these units.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Typographic ascender (hhea.ascender), in font units.</summary>
    public int Ascender { get; }

    /// <summary>Typographic descender (hhea.descender), in font units; negative below the baseline.</summary>
    public int Descender { get; }

    /// <summary>Extra line spacing (hhea.lineGap), in font units.</summary>
    public int LineGap { get; }

    /// <summary>Height of capital letters (OS/2.sCapHeight from version 2); <see cref="Ascender"/> when the font lacks it.</summary>
    public int CapHeight { get; }

    /// <summary>Union of all glyph bounding boxes (head xMin, yMin, xMax, yMax), in font units.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; }

    /// <summary>Italic angle in degrees counter-clockwise from vertical (post.italicAngle); 0 without 'post'.</summary>
    public double ItalicAngle { get; }

    /// <summary>Whether all glyphs have the same advance (post.isFixedPitch); false without 'post'.</summary>
    public bool IsFixedPitch { get; }

    /// <summary>Visual weight, 100–900 (OS/2.usWeightClass); 400 without 'OS/2'.</summary>
    public int WeightClass { get; }

    /// <summary>Number of glyphs (maxp.numGlyphs); valid glyph ids are 0 to GlyphCount - 1.</summary>
    public int GlyphCount { get; }

    /// <summary>The font file's bytes; the subsetter copies tables from them.</summary>
    internal byte[] Data { get; }

    /// <summary>Where each table lies in <see cref="Data"/>.</summary>
    internal TrueTypeTableDirectory Tables { get; }

    /// <summary>head.indexToLocFormat: 0 for 16-bit loca offsets (halved), 1 for 32-bit.</summary>
    internal int IndexToLocFormat { get; }

    /// <summary>hhea.numberOfHMetrics: glyphs from this id on share the last advance width.</summary>
    internal int NumberOfHMetrics { get; }

    /// <summary>
    /// Parses a TrueType (glyf-outline) font file. The array is kept, not copied, and must not change afterwards.
    /// 'cmap', 'name', 'post' and 'OS/2' are optional, so a font made by <see cref="Subset"/> loads too.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a usable TrueType font; the message names what is
    /// wrong (not a TrueType file, CFF/OTTO outlines unsupported, missing required table, truncated table...).</exception>
    public static TrueTypeFont Load(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new TrueTypeFont(data, TrueTypeTableDirectory.Read(data));
    }

    /// <summary>Reads and parses the font file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a usable TrueType font; the message starts with the path.</exception>
    public static TrueTypeFont Load(string path)
    {
        var data = File.ReadAllBytes(path);
        try
        {
            return Load(data);
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"{path}: {error.Message}", error);
        }
    }

    /// <summary>
    /// The glyph id for a Unicode code point through the font's Unicode 'cmap' subtable; 0 (.notdef) when the font
    /// lacks the character, the code point is invalid, or the font has no 'cmap'. Does not allocate.
    /// </summary>
    public ushort GlyphId(int codePoint) => _characterMap.GlyphId(codePoint);

    /// <summary>Advance width of a glyph in font units (hmtx; glyphs past numberOfHMetrics use the last advance).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="glyphId"/> is not below <see cref="GlyphCount"/>.</exception>
    public int AdvanceWidth(ushort glyphId)
    {
        var advances = _advances;
        if (glyphId >= advances.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(glyphId), glyphId, $"The font has {advances.Length} glyphs.");
        }
        return advances[glyphId];
    }

    /// <summary>
    /// Width of <paramref name="text"/> in points at font size <paramref name="size"/>: the advance widths of the
    /// glyphs of its code points (surrogate pairs count as one; a lone surrogate as U+FFFD, as
    /// <see cref="System.Text.Rune"/> enumeration yields it) times size / UnitsPerEm. No kerning. Does not allocate.
    /// </summary>
    public double MeasureWidth(ReadOnlySpan<char> text, double size)
    {
        var advances = _advances;
        var map = _characterMap;
        long units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsSurrogate((char)codePoint))
            {
                if (char.IsHighSurrogate((char)codePoint) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32((char)codePoint, text[i + 1]);
                    i++;
                }
                else
                {
                    codePoint = 0xFFFD;
                }
            }
            units += advances[map.GlyphId(codePoint)];
        }
        return units * size / UnitsPerEm;
    }

    /// <summary>
    /// A valid TrueType file holding only the given glyphs' outlines, plus glyph 0 and the components of composite
    /// glyphs (recursively), with glyph ids unchanged: other glyphs become empty, so a PDF CIDFontType2 with
    /// CIDToGIDMap /Identity keeps working. Holds head, hhea, maxp, loca, glyf, hmtx and, when present, the
    /// hinting tables cvt, fpgm and prep; cmap, name, post and layout tables are dropped.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A glyph id is not below <see cref="GlyphCount"/>.</exception>
    /// <exception cref="InvalidDataException">The font's loca or glyf data is damaged for a needed glyph.</exception>
    public byte[] Subset(IEnumerable<ushort> glyphIds)
    {
        ArgumentNullException.ThrowIfNull(glyphIds);
        return TrueTypeSubsetter.Subset(this, glyphIds);
    }

    private static ushort[] ReadAdvances(TrueTypeTableSpan hmtx, int numberOfHMetrics, int glyphCount)
    {
        // Some fonts state more metrics than glyphs; only the first numGlyphs can be addressed.
        var stated = Math.Min(numberOfHMetrics, glyphCount);
        hmtx.Require(0, stated * 4, $"{stated} horizontal metrics");
        var advances = new ushort[glyphCount];
        for (var g = 0; g < stated; g++)
        {
            advances[g] = hmtx.UInt16(g * 4);
        }
        // Monospaced tails (typically CJK fonts) store one advance for every glyph after the last metric.
        Array.Fill(advances, advances[stated - 1], stated, glyphCount - stated);
        return advances;
    }

    private static string CleanPostScriptName(string? name)
    {
        if (name is null)
        {
            return "Font";
        }
        // PostScript names are printable ASCII without delimiters; PDF /BaseFont names would otherwise need escapes.
        var clean = string.Concat(name.Where(c => c is > ' ' and <= '~' and not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%')));
        return clean.Length == 0 ? "Font" : clean;
    }
}
