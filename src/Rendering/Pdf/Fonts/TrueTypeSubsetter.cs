using System.Buffers.Binary;

namespace ReportGraph.Rendering.Pdf.Fonts;

/// <summary>
/// Builds the embedded copy of a TrueType font: only the outlines a document uses, glyph ids unchanged so the
/// PDF can map CIDs to glyphs with /Identity. Unused glyphs stay in loca with zero length instead of being
/// renumbered, which costs two bytes each and saves a CIDToGIDMap stream.
/// </summary>
internal static class TrueTypeSubsetter
{
    // Composite glyph component flags (OpenType 'glyf' spec).
    private const ushort ArgumentsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXAndYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;

    // head.checkSumAdjustment makes the whole file sum to this magic number.
    private const uint FileChecksumTarget = 0xB1B0AFBA;
    private const int HeadChecksumAdjustment = 8;
    private const int HeadIndexToLocFormat = 50;
    private const int HheaNumberOfHMetrics = 34;

    // Table data goes in the order the OpenType spec recommends for TrueType fonts (metrics first, outlines last);
    // the directory itself is sorted by tag, which is what readers binary-search.
    private static readonly string[] DataOrder = ["head", "hhea", "maxp", "hmtx", "fpgm", "prep", "cvt ", "loca", "glyf"];
    private static readonly string[] HintingTables = ["cvt ", "fpgm", "prep"];

    public static byte[] Subset(TrueTypeFont font, IEnumerable<ushort> glyphIds)
    {
        var glyf = font.Tables.Required("glyf");
        var loca = font.Tables.Required("loca");
        var keep = KeptGlyphs(font, glyf, loca, glyphIds);

        var tables = new Dictionary<string, byte[]>
        {
            ["glyf"] = BuildGlyf(font, glyf, loca, keep, out var newOffsets),
        };
        var longOffsets = NeedsLongOffsets(newOffsets);
        tables["loca"] = BuildLoca(newOffsets, longOffsets);
        tables["hmtx"] = BuildHmtx(font, keep, out var numberOfHMetrics);

        var hhea = font.Tables.Required("hhea").Bytes.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(HheaNumberOfHMetrics), (ushort)numberOfHMetrics);
        tables["hhea"] = hhea;

        var head = font.Tables.Required("head").Bytes.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(HeadChecksumAdjustment), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(HeadIndexToLocFormat), (short)(longOffsets ? 1 : 0));
        tables["head"] = head;

        // maxp's maxima (points, contours, instructions...) stay valid upper bounds for a subset; copied unchanged.
        tables["maxp"] = font.Tables.Required("maxp").Bytes.ToArray();
        foreach (var tag in HintingTables)
        {
            if (font.Tables.TryGet(tag, out var table))
            {
                tables[tag] = table.Bytes.ToArray();
            }
        }
        return Assemble(tables);
    }

    /// <summary>The requested glyphs plus .notdef and, recursively, every component of a kept composite glyph.</summary>
    private static bool[] KeptGlyphs(TrueTypeFont font, TrueTypeTableSpan glyf, TrueTypeTableSpan loca, IEnumerable<ushort> glyphIds)
    {
        var keep = new bool[font.GlyphCount];
        var pending = new Stack<ushort>();
        keep[0] = true;
        pending.Push(0);
        foreach (var id in glyphIds)
        {
            if (id >= font.GlyphCount)
            {
                throw new ArgumentOutOfRangeException(nameof(glyphIds), id, $"Glyph id {id} is not in the font, which has {font.GlyphCount} glyphs.");
            }
            if (!keep[id])
            {
                keep[id] = true;
                pending.Push(id);
            }
        }
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            foreach (var component in Components(font, glyf, loca, glyph))
            {
                if (!keep[component])
                {
                    keep[component] = true;
                    pending.Push(component);
                }
            }
        }
        return keep;
    }

    /// <summary>The glyph ids a composite glyph is built from; none for a simple or empty glyph.</summary>
    private static List<ushort> Components(TrueTypeFont font, TrueTypeTableSpan glyf, TrueTypeTableSpan loca, ushort glyph)
    {
        var components = new List<ushort>();
        var (start, length) = GlyphRange(font, glyf, loca, glyph);
        if (length == 0 || glyf.Int16(start, $"glyph {glyph}'s header") >= 0)
        {
            return components;
        }
        // Component records follow the 10-byte glyph header; each record's size depends on its flags.
        var at = start + 10;
        var end = start + length;
        ushort flags;
        do
        {
            if (at + 4 > end)
            {
                throw new InvalidDataException($"Table 'glyf': composite glyph {glyph} ends in the middle of a component record.");
            }
            flags = glyf.UInt16(at);
            var component = glyf.UInt16(at + 2);
            if (component >= font.GlyphCount)
            {
                throw new InvalidDataException($"Table 'glyf': composite glyph {glyph} uses glyph {component}, but the font has {font.GlyphCount} glyphs.");
            }
            components.Add(component);
            at += 4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2);
            if ((flags & HasScale) != 0)
            {
                at += 2;
            }
            else if ((flags & HasXAndYScale) != 0)
            {
                at += 4;
            }
            else if ((flags & HasTwoByTwo) != 0)
            {
                at += 8;
            }
        }
        while ((flags & MoreComponents) != 0);
        return components;
    }

    /// <summary>Where a glyph's outline lies in 'glyf', checked against both tables.</summary>
    private static (int Start, int Length) GlyphRange(TrueTypeFont font, TrueTypeTableSpan glyf, TrueTypeTableSpan loca, int glyph)
    {
        long start, end;
        if (font.IndexToLocFormat == 0)
        {
            start = loca.UInt16(glyph * 2) * 2L;
            end = loca.UInt16((glyph + 1) * 2) * 2L;
        }
        else
        {
            start = loca.UInt32(glyph * 4);
            end = loca.UInt32((glyph + 1) * 4);
        }
        if (start > end || end > glyf.Length)
        {
            throw new InvalidDataException(
                $"Table 'loca': glyph {glyph} spans bytes {start}..{end} of 'glyf', which has {glyf.Length} bytes.");
        }
        return ((int)start, (int)(end - start));
    }

    /// <summary>The kept glyphs' bytes, copied exactly, and each glyph's new offset (one more than glyphs).</summary>
    private static byte[] BuildGlyf(TrueTypeFont font, TrueTypeTableSpan glyf, TrueTypeTableSpan loca, bool[] keep, out int[] offsets)
    {
        offsets = new int[font.GlyphCount + 1];
        var ranges = new (int Start, int Length)[font.GlyphCount];
        var total = 0;
        for (var g = 0; g < font.GlyphCount; g++)
        {
            offsets[g] = total;
            if (keep[g])
            {
                ranges[g] = GlyphRange(font, glyf, loca, g);
                total += ranges[g].Length;
            }
        }
        offsets[font.GlyphCount] = total;
        var result = new byte[total];
        for (var g = 0; g < font.GlyphCount; g++)
        {
            if (ranges[g].Length > 0)
            {
                glyf.Slice(ranges[g].Start, ranges[g].Length, $"glyph {g}").CopyTo(result.AsSpan(offsets[g]));
            }
        }
        return result;
    }

    /// <summary>
    /// Short loca stores offsets halved, so it only fits when every offset is even and below 128 KiB. Glyphs are
    /// copied byte for byte (not re-padded), so a font that had short offsets keeps them.
    /// </summary>
    private static bool NeedsLongOffsets(int[] offsets) =>
        offsets[^1] > 0x1FFFE || offsets.Any(o => (o & 1) != 0);

    private static byte[] BuildLoca(int[] offsets, bool longOffsets)
    {
        var loca = new byte[offsets.Length * (longOffsets ? 4 : 2)];
        for (var i = 0; i < offsets.Length; i++)
        {
            if (longOffsets)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)offsets[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(i * 2), (ushort)(offsets[i] / 2));
            }
        }
        return loca;
    }

    /// <summary>
    /// Full metrics up to the highest kept glyph, then left side bearings only: glyphs after it are empty, so the
    /// advance they inherit does not matter, and hmtx shrinks from four bytes per glyph to two. Unused glyphs
    /// below it get zero metrics, which compress well in the PDF's font stream.
    /// </summary>
    private static byte[] BuildHmtx(TrueTypeFont font, bool[] keep, out int numberOfHMetrics)
    {
        var source = font.Tables.Required("hmtx");
        numberOfHMetrics = Array.LastIndexOf(keep, true) + 1;
        var hmtx = new byte[(numberOfHMetrics * 4) + ((font.GlyphCount - numberOfHMetrics) * 2)];
        for (var g = 0; g < numberOfHMetrics; g++)
        {
            if (!keep[g])
            {
                continue;
            }
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(g * 4), (ushort)font.AdvanceWidth((ushort)g));
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan((g * 4) + 2), LeftSideBearing(font, source, g));
        }
        return hmtx;
    }

    private static short LeftSideBearing(TrueTypeFont font, TrueTypeTableSpan hmtx, int glyph)
    {
        var at = glyph < font.NumberOfHMetrics
            ? (glyph * 4) + 2
            : (font.NumberOfHMetrics * 4) + ((glyph - font.NumberOfHMetrics) * 2);
        // Fonts that omit the trailing bearing array still render: rasterizers take the bearing from the outline's xMin.
        return at + 2 <= hmtx.Length ? hmtx.Int16(at) : (short)0;
    }

    /// <summary>Lays out the sfnt: header, tag-sorted directory, 4-byte aligned tables, checksums, checkSumAdjustment.</summary>
    private static byte[] Assemble(Dictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var directoryLength = 12 + (16 * count);
        var offsets = new Dictionary<string, int>();
        var position = directoryLength;
        foreach (var tag in DataOrder.Where(tables.ContainsKey))
        {
            offsets[tag] = position;
            position += Padded(tables[tag].Length);
        }
        var file = new byte[position];
        var span = file.AsSpan();

        // searchRange etc. let readers binary-search the directory: the largest power of two not above count.
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count - power) * 16));

        var record = 12;
        foreach (var tag in tables.Keys.OrderBy(TrueTypeTag.Parse))
        {
            var data = tables[tag];
            data.CopyTo(span[offsets[tag]..]);
            // Padding bytes are already zero, so the checksum over the unpadded data equals the one over the padded table.
            BinaryPrimitives.WriteUInt32BigEndian(span[record..], TrueTypeTag.Parse(tag));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 4)..], TrueTypeTag.Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 8)..], (uint)offsets[tag]);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 12)..], (uint)data.Length);
            record += 16;
        }

        // The head checksum above was taken with checkSumAdjustment = 0, as the spec requires.
        var adjustment = unchecked(FileChecksumTarget - TrueTypeTag.Checksum(span));
        BinaryPrimitives.WriteUInt32BigEndian(span[(offsets["head"] + HeadChecksumAdjustment)..], adjustment);
        return file;
    }

    private static int Padded(int length) => (length + 3) & ~3;
}
