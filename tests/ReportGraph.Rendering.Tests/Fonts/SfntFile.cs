using System.Buffers.Binary;
using System.Text;

namespace ReportGraph.Rendering.Tests.Fonts;

/// <summary>
/// A deliberately separate, minimal sfnt reader for the tests, so subsets are checked by code other than the one
/// that wrote them: table directory, checksums, loca/glyf and composite components.
/// </summary>
internal sealed class SfntFile
{
    public const string FontDirectory = "/usr/share/fonts/truetype/dejavu";

    public SfntFile(byte[] data)
    {
        Data = data;
        int count = U16(4);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (i * 16);
            Records.Add(new Record(Encoding.ASCII.GetString(data, record, 4), U32(record + 4), (int)U32(record + 8), (int)U32(record + 12)));
        }
    }

    public static SfntFile Open(string fileName) => new(File.ReadAllBytes(Path.Combine(FontDirectory, fileName)));

    public byte[] Data { get; }

    /// <summary>Directory records in file order.</summary>
    public List<Record> Records { get; } = [];

    public ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(Data.AsSpan(at));

    public uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(Data.AsSpan(at));

    public Record Table(string tag) => Records.Single(r => r.Tag == tag);

    public int GlyphCount => U16(Table("maxp").Offset + 4);

    public int NumberOfHMetrics => U16(Table("hhea").Offset + 34);

    /// <summary>One glyph's bytes as loca delimits them; empty for an empty glyph.</summary>
    public byte[] Glyph(int glyph)
    {
        var loca = Table("loca").Offset;
        var longOffsets = U16(Table("head").Offset + 50) == 1;
        var start = longOffsets ? U32(loca + (glyph * 4)) : U16(loca + (glyph * 2)) * 2u;
        var end = longOffsets ? U32(loca + ((glyph + 1) * 4)) : U16(loca + ((glyph + 1) * 2)) * 2u;
        return Data.AsSpan(Table("glyf").Offset + (int)start, (int)(end - start)).ToArray();
    }

    public bool IsComposite(int glyph)
    {
        var bytes = Glyph(glyph);
        return bytes.Length > 0 && BinaryPrimitives.ReadInt16BigEndian(bytes) < 0;
    }

    /// <summary>Glyph ids a composite glyph refers to (flags per the OpenType 'glyf' component record).</summary>
    public List<int> Components(int glyph)
    {
        var bytes = Glyph(glyph);
        var result = new List<int>();
        var at = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at));
            result.Add(BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2)));
            at += 4 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
        }
        while ((flags & 0x20) != 0);
        return result;
    }

    /// <summary>Sum of big-endian uint32 words over [offset, offset + length) rounded up to whole words.</summary>
    public uint Checksum(int offset, int length)
    {
        uint sum = 0;
        for (var i = 0; i < length; i += 4)
        {
            var word = 0u;
            for (var b = 0; b < 4; b++)
            {
                word = (word << 8) | (offset + i + b < Data.Length ? Data[offset + i + b] : 0u);
            }
            sum += word;
        }
        return sum;
    }

    public sealed record Record(string Tag, uint Checksum, int Offset, int Length);
}
