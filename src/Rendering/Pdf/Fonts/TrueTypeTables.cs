using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace ReportGraph.Rendering.Pdf.Fonts;

/// <summary>
/// The table directory of a TrueType (sfnt) file: which tables it holds and where they lie. A table's bounds are
/// checked when it is first asked for, so a damaged file fails naming the table, and only tables actually used
/// have to be intact.
/// </summary>
internal sealed class TrueTypeTableDirectory
{
    private const int HeaderLength = 12;
    private const int RecordLength = 16;

    private readonly byte[] _data;
    private readonly Dictionary<uint, (uint Offset, uint Length)> _records;

    private TrueTypeTableDirectory(byte[] data, Dictionary<uint, (uint Offset, uint Length)> records)
    {
        _data = data;
        _records = records;
    }

    /// <summary>Reads the sfnt header and table records, rejecting files that are not glyf-outline TrueType.</summary>
    public static TrueTypeTableDirectory Read(byte[] data)
    {
        if (data.Length < HeaderLength)
        {
            throw new InvalidDataException(
                $"Not a TrueType font file: {data.Length} byte(s) is shorter than the {HeaderLength}-byte sfnt header.");
        }
        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        switch (version)
        {
            // 1.0 is the OpenType/TrueType version; 'true' is what old Apple TrueType fonts carry.
            case 0x00010000:
            case 0x74727565:
                break;
            case 0x4F54544F:
                throw new InvalidDataException(
                    "CFF (OTTO) outlines unsupported: this is an OpenType font with PostScript outlines; only TrueType (glyf) fonts can be embedded.");
            case 0x74746366:
                throw new InvalidDataException("TrueType collections (ttcf) are unsupported: extract the single font first.");
            case 0x774F4646:
            case 0x774F4632:
                throw new InvalidDataException("WOFF/WOFF2 web fonts are unsupported: decompress to a .ttf first.");
            default:
                throw new InvalidDataException(
                    $"Not a TrueType font file: the sfnt version is 0x{version:X8}, expected 0x00010000 or 'true'.");
        }
        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        if (count == 0)
        {
            throw new InvalidDataException("Not a TrueType font file: the table directory lists no tables.");
        }
        var directoryEnd = HeaderLength + (count * RecordLength);
        if (directoryEnd > data.Length)
        {
            throw new InvalidDataException(
                $"Truncated TrueType file: the table directory lists {count} tables ({directoryEnd} bytes) but the file has only {data.Length} bytes.");
        }
        var records = new Dictionary<uint, (uint, uint)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = data.AsSpan(HeaderLength + (i * RecordLength), RecordLength);
            var tag = BinaryPrimitives.ReadUInt32BigEndian(record);
            // A duplicated tag is malformed; the first record wins, as in most readers.
            records.TryAdd(tag, (BinaryPrimitives.ReadUInt32BigEndian(record[8..]), BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }
        return new TrueTypeTableDirectory(data, records);
    }

    /// <summary>The table <paramref name="tag"/>; throws naming the tag when it is missing.</summary>
    public TrueTypeTableSpan Required(string tag) =>
        TryGet(tag, out var table) ? table : throw new InvalidDataException($"Not a usable TrueType font: missing required table '{tag}'.");

    /// <summary>The table <paramref name="tag"/> when the file has it; throws when it reaches past the end of the file.</summary>
    public bool TryGet(string tag, out TrueTypeTableSpan table)
    {
        if (!_records.TryGetValue(TrueTypeTag.Parse(tag), out var record))
        {
            table = default;
            return false;
        }
        if ((ulong)record.Offset + record.Length > (ulong)_data.Length)
        {
            throw new InvalidDataException(
                $"Truncated TrueType file: table '{tag}' needs bytes {record.Offset}..{(ulong)record.Offset + record.Length} but the file has only {_data.Length} bytes.");
        }
        table = new TrueTypeTableSpan(tag, _data, (int)record.Offset, (int)record.Length);
        return true;
    }
}

/// <summary>
/// One table's bytes with big-endian reads that are bounds-checked against the table (not the whole file),
/// so a short table fails with its own name instead of silently reading its neighbour.
/// </summary>
internal readonly struct TrueTypeTableSpan
{
    private readonly byte[] _data;
    private readonly int _offset;

    public TrueTypeTableSpan(string tag, byte[] data, int offset, int length)
    {
        Tag = tag;
        _data = data;
        _offset = offset;
        Length = length;
    }

    /// <summary>The four-character table tag, e.g. "head" or "cvt ".</summary>
    public string Tag { get; }

    /// <summary>The table's length in bytes, as the directory states it.</summary>
    public int Length { get; }

    /// <summary>The table's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _data.AsSpan(_offset, Length);

    /// <summary>Throws unless the table holds at least <paramref name="length"/> bytes from <paramref name="at"/>.</summary>
    public void Require(int at, int length, string what)
    {
        if (at < 0 || length < 0 || (long)at + length > Length)
        {
            throw new InvalidDataException(
                $"Truncated table '{Tag}': {what} needs bytes {at}..{(long)at + length} but the table has only {Length} bytes.");
        }
    }

    public ushort UInt16(int at, string what = "a field")
    {
        Require(at, 2, what);
        return BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(_offset + at));
    }

    public short Int16(int at, string what = "a field")
    {
        Require(at, 2, what);
        return BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(_offset + at));
    }

    public uint UInt32(int at, string what = "a field")
    {
        Require(at, 4, what);
        return BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(_offset + at));
    }

    public int Int32(int at, string what = "a field")
    {
        Require(at, 4, what);
        return BinaryPrimitives.ReadInt32BigEndian(_data.AsSpan(_offset + at));
    }

    /// <summary>A checked sub-range of the table.</summary>
    public ReadOnlySpan<byte> Slice(int at, int length, string what)
    {
        Require(at, length, what);
        return _data.AsSpan(_offset + at, length);
    }
}

/// <summary>Four-character sfnt tags and the sfnt table checksum.</summary>
internal static class TrueTypeTag
{
    /// <summary>The tag as the big-endian number the directory stores (and sorts by).</summary>
    public static uint Parse(string tag)
    {
        if (tag.Length != 4)
        {
            throw new ArgumentException($"A table tag has four characters; '{tag}' does not.", nameof(tag));
        }
        return ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];
    }

    /// <summary>
    /// Sum of the data as big-endian 32-bit words, the last one zero-padded: the checksum the table directory
    /// records and, over the whole file, the basis of head.checkSumAdjustment.
    /// </summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}

/// <summary>
/// The 'cmap' table reduced to lookups: a flat array for the Basic Multilingual Plane, where nearly all report
/// text lives, and binary-searched ranges for the supplementary planes. Built once so a lookup never allocates.
/// </summary>
internal sealed class TrueTypeCharacterMap
{
    /// <summary>A map with no characters, for fonts (such as subsets) without a 'cmap'.</summary>
    public static readonly TrueTypeCharacterMap Empty = new(null, [], [], [], 0);

    private const int BmpSize = 0x10000;

    private readonly ushort[]? _bmp;
    private readonly uint[] _rangeStarts;
    private readonly uint[] _rangeEnds;
    private readonly uint[] _rangeGlyphs;
    private readonly int _glyphCount;

    private TrueTypeCharacterMap(ushort[]? bmp, uint[] rangeStarts, uint[] rangeEnds, uint[] rangeGlyphs, int glyphCount)
    {
        _bmp = bmp;
        _rangeStarts = rangeStarts;
        _rangeEnds = rangeEnds;
        _rangeGlyphs = rangeGlyphs;
        _glyphCount = glyphCount;
    }

    /// <summary>The glyph for <paramref name="codePoint"/>, or 0 (.notdef) when the font lacks it.</summary>
    // Kept tiny so it inlines into measuring loops; the rare supplementary-plane search is a separate call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort GlyphId(int codePoint) =>
        (uint)codePoint < BmpSize && _bmp is { } bmp ? bmp[codePoint] : SupplementaryGlyphId(codePoint);

    private ushort SupplementaryGlyphId(int codePoint)
    {
        if ((uint)codePoint < BmpSize)
        {
            return 0;
        }
        var starts = _rangeStarts;
        int low = 0, high = starts.Length - 1;
        var target = (uint)codePoint;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (target < starts[mid])
            {
                high = mid - 1;
            }
            else if (target > _rangeEnds[mid])
            {
                low = mid + 1;
            }
            else
            {
                var glyph = _rangeGlyphs[mid] + (target - starts[mid]);
                return glyph < (uint)_glyphCount ? (ushort)glyph : (ushort)0;
            }
        }
        return 0;
    }

    /// <summary>
    /// Reads the best Unicode subtable: (3,10) format 12, then a Unicode-platform format 12, then (3,1) format 4,
    /// then a Unicode-platform format 4. A font with none of them maps no characters.
    /// </summary>
    public static TrueTypeCharacterMap Read(TrueTypeTableSpan cmap, int glyphCount)
    {
        int count = cmap.UInt16(2, "the subtable count");
        var bestOffset = -1;
        var bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (i * 8);
            var platform = cmap.UInt16(record, "an encoding record");
            var encoding = cmap.UInt16(record + 2, "an encoding record");
            var offset = cmap.UInt32(record + 4, "an encoding record");
            if (offset > int.MaxValue - 2 || offset + 2 > (uint)cmap.Length)
            {
                throw new InvalidDataException(
                    $"Table 'cmap': the subtable for platform {platform} encoding {encoding} starts at {offset}, past the table's {cmap.Length} bytes.");
            }
            var format = cmap.UInt16((int)offset);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                bestRank = rank;
                bestOffset = (int)offset;
            }
        }
        if (bestRank == 0)
        {
            return Empty;
        }
        return cmap.UInt16(bestOffset) == 12 ? ReadFormat12(cmap, bestOffset, glyphCount) : ReadFormat4(cmap, bestOffset, glyphCount);
    }

    private static TrueTypeCharacterMap ReadFormat4(TrueTypeTableSpan cmap, int at, int glyphCount)
    {
        // Format 4 stores four parallel arrays of segments; idRangeOffset points into the glyph array relative
        // to its own position, which is why addresses below are computed from the idRangeOffset entry's offset.
        int segments = cmap.UInt16(at + 6, "format 4 segCountX2") / 2;
        var endCodes = at + 14;
        var startCodes = endCodes + (segments * 2) + 2;
        var deltas = startCodes + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        cmap.Require(at, rangeOffsets + (segments * 2) - at, "the format 4 segment arrays");
        var bmp = new ushort[BmpSize];
        for (var s = 0; s < segments; s++)
        {
            int end = cmap.UInt16(endCodes + (s * 2));
            int start = cmap.UInt16(startCodes + (s * 2));
            var delta = cmap.UInt16(deltas + (s * 2));
            int rangeOffset = cmap.UInt16(rangeOffsets + (s * 2));
            for (var c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var address = rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2);
                    // Some fonts point the final 0xFFFF segment past the table; such a character is simply missing.
                    glyph = address + 2 <= cmap.Length ? cmap.UInt16(address) : 0;
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }
                // An id past numGlyphs would index outside hmtx and loca later; treat it as missing.
                bmp[c] = glyph < glyphCount ? (ushort)glyph : (ushort)0;
            }
        }
        return new TrueTypeCharacterMap(bmp, [], [], [], glyphCount);
    }

    private static TrueTypeCharacterMap ReadFormat12(TrueTypeTableSpan cmap, int at, int glyphCount)
    {
        var groups = cmap.UInt32(at + 12, "format 12 numGroups");
        cmap.Require(at + 16, (int)Math.Min(groups * 12L, int.MaxValue), "the format 12 groups");
        var bmp = new ushort[BmpSize];
        var supplementary = new List<(uint Start, uint End, uint Glyph)>();
        for (var g = 0; g < groups; g++)
        {
            var group = at + 16 + (g * 12);
            var start = cmap.UInt32(group);
            var end = Math.Min(cmap.UInt32(group + 4), 0x10FFFFu);
            var glyph = cmap.UInt32(group + 8);
            if (start > end)
            {
                continue;
            }
            for (var c = start; c <= end && c < BmpSize; c++)
            {
                var id = glyph + (c - start);
                bmp[c] = id < (uint)glyphCount ? (ushort)id : (ushort)0;
            }
            if (end >= BmpSize)
            {
                var from = Math.Max(start, BmpSize);
                supplementary.Add((from, end, glyph + (from - start)));
            }
        }
        // The spec requires groups sorted by start code; sorting anyway keeps the binary search right for fonts that are not.
        supplementary.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new TrueTypeCharacterMap(
            bmp,
            [.. supplementary.Select(r => r.Start)],
            [.. supplementary.Select(r => r.End)],
            [.. supplementary.Select(r => r.Glyph)],
            glyphCount);
    }
}

/// <summary>Strings of the 'name' table, preferring Windows Unicode English records.</summary>
internal static class TrueTypeNames
{
    /// <summary>The string for <paramref name="nameId"/>, or null when the table has no readable record for it.</summary>
    public static string? Find(TrueTypeTableSpan name, int nameId)
    {
        int count = name.UInt16(2, "the name record count");
        int storage = name.UInt16(4, "the string storage offset");
        var bestRank = 0;
        string? best = null;
        for (var i = 0; i < count; i++)
        {
            var record = 6 + (i * 12);
            if (name.UInt16(record + 6, "a name record") != nameId)
            {
                continue;
            }
            var platform = name.UInt16(record);
            var encoding = name.UInt16(record + 2);
            var language = name.UInt16(record + 4);
            var rank = (platform, encoding) switch
            {
                (3, 1) or (3, 10) => language == 0x0409 ? 4 : 3,
                (0, _) => 2,
                (1, 0) => 1,
                _ => 0,
            };
            if (rank <= bestRank)
            {
                continue;
            }
            var bytes = name.Slice(storage + name.UInt16(record + 10), name.UInt16(record + 8), $"name string {nameId}");
            // Windows and Unicode platform strings are UTF-16BE; Mac Roman (1,0) is read as Latin-1, exact for ASCII names.
            best = platform == 1 ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
            bestRank = rank;
        }
        return best;
    }
}
