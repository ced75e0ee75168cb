using System.Buffers;
using System.Globalization;
using System.Text;

namespace ReportGraph.Rendering.Pdf.Writing;

/// <summary>
/// Appends PDF tokens (ISO 32000-1 §7.3) to a growable byte buffer: numbers in the invariant culture without
/// exponents, names, literal and hexadecimal strings. Content streams and the file body share it.
/// </summary>
internal sealed class PdfSyntaxWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    public PdfSyntaxWriter(int initialCapacity = 16 * 1024) => _buffer = new ArrayBufferWriter<byte>(initialCapacity);

    public int Length => _buffer.WrittenCount;

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.WrittenMemory;

    public void Clear() => _buffer.ResetWrittenCount();

    /// <summary>ASCII text written as is: operators, keywords and punctuation.</summary>
    public PdfSyntaxWriter Raw(string ascii)
    {
        var span = _buffer.GetSpan(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }
        _buffer.Advance(ascii.Length);
        return this;
    }

    public PdfSyntaxWriter Raw(char ascii)
    {
        _buffer.GetSpan(1)[0] = (byte)ascii;
        _buffer.Advance(1);
        return this;
    }

    public PdfSyntaxWriter Bytes(ReadOnlySpan<byte> bytes)
    {
        _buffer.Write(bytes);
        return this;
    }

    /// <summary>An integer followed by a space.</summary>
    public PdfSyntaxWriter Int(long value)
    {
        var span = _buffer.GetSpan(21);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        span[written] = (byte)' ';
        _buffer.Advance(written + 1);
        return this;
    }

    /// <summary>A real number with at most three decimals (a thousandth of a point is below any printer's resolution), followed by a space.</summary>
    public PdfSyntaxWriter Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        }
        var rounded = Math.Round(value, 3);
        if (rounded == 0)
        {
            rounded = 0; // no "-0"
        }
        var span = _buffer.GetSpan(32);
        int written;
        if (Math.Abs(rounded) < MaxFixedPoint)
        {
            written = FormatThousandths((long)Math.Round(rounded * 1000), span);
        }
        else
        {
            rounded.TryFormat(span, out written, "0.###", CultureInfo.InvariantCulture);
        }
        span[written] = (byte)' ';
        _buffer.Advance(written + 1);
        return this;
    }

    /// <summary>
    /// Below this, a number rounded to thousandths is an exact count of thousandths in a long, and "0.###" of the
    /// double reads the same digits. Every coordinate, size and colour of a page is far below it.
    /// </summary>
    private const double MaxFixedPoint = 1e9;

    /// <summary>
    /// <paramref name="thousandths"/> / 1000 as "0.###" writes it (no trailing zeros, no point for a whole number).
    /// The general formatter takes a double through its shortest-digits search and then the custom pattern; coordinates
    /// are written several times per table cell, and that was 6% of the host's CPU in a burst of PDF reports.
    /// </summary>
    private static int FormatThousandths(long thousandths, Span<byte> span)
    {
        var written = 0;
        if (thousandths < 0)
        {
            span[written++] = (byte)'-';
            thousandths = -thousandths;
        }

        var (whole, fraction) = Math.DivRem(thousandths, 1000);
        whole.TryFormat(span[written..], out var digits, default, CultureInfo.InvariantCulture);
        written += digits;
        if (fraction != 0)
        {
            span[written++] = (byte)'.';
            var divisor = 100;
            while (fraction != 0)
            {
                span[written++] = (byte)('0' + (fraction / divisor));
                fraction %= divisor;
                divisor /= 10;
            }
        }

        return written;
    }

    /// <summary>A reference "n 0 R" followed by a space.</summary>
    public PdfSyntaxWriter Reference(int objectNumber) => Int(objectNumber).Raw("0 R ");

    /// <summary>A name such as /Font; characters outside the regular set are escaped as #xx.</summary>
    public PdfSyntaxWriter Name(string name)
    {
        Raw('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7f && "()<>[]{}/%#".IndexOf((char)b) < 0)
            {
                Raw((char)b);
            }
            else
            {
                Raw('#').Hex(b);
            }
        }
        return Raw(' ');
    }

    /// <summary>
    /// A text string (§7.9.2.2): a literal string when the text is printable ASCII, otherwise UTF-16BE with a
    /// byte order mark in hexadecimal, so titles in any script survive.
    /// </summary>
    public PdfSyntaxWriter Text(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                Raw("<FEFF");
                foreach (var unit in text)
                {
                    Hex((byte)(unit >> 8)).Hex((byte)unit);
                }
                return Raw("> ");
            }
        }
        return Literal(text);
    }

    /// <summary>A literal string of printable ASCII with backslash escapes for the delimiters.</summary>
    public PdfSyntaxWriter Literal(string ascii)
    {
        Raw('(');
        foreach (var c in ascii)
        {
            if (c is '(' or ')' or '\\')
            {
                Raw('\\');
            }
            Raw(c is < ' ' or > '~' ? '?' : c);
        }
        return Raw(") ");
    }

    /// <summary>Two uppercase hexadecimal digits.</summary>
    public PdfSyntaxWriter Hex(byte value)
    {
        var span = _buffer.GetSpan(2);
        span[0] = HexDigit(value >> 4);
        span[1] = HexDigit(value & 0xf);
        _buffer.Advance(2);
        return this;
    }

    /// <summary>Four uppercase hexadecimal digits, the form of a two-byte glyph id or UTF-16 unit.</summary>
    public PdfSyntaxWriter Hex(ushort value) => Hex((byte)(value >> 8)).Hex((byte)value);

    /// <summary>A date string D:YYYYMMDDHHmmSSZ (§7.9.4).</summary>
    public PdfSyntaxWriter Date(DateTimeOffset value) =>
        Literal("D:" + value.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z");

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
