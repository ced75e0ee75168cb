using System.IO.Compression;
using System.Security.Cryptography;

namespace ReportGraph.Rendering.Pdf.Writing;

/// <summary>
/// Writes the body of a PDF file object by object (ISO 32000-1 §7.5): header, indirect objects, streams
/// deflated with FlateDecode, and at the end the cross-reference table and trailer. Objects may be numbered
/// before they are written, so a page can point at its parent or a font that is only written at the end.
/// Written bytes wait in a small buffer until <see cref="FlushAsync"/>, which callers await between pages:
/// what the writer holds is a page at most, plus eight bytes of offset per object.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "_deflated is a MemoryStream: it holds no unmanaged resource; Dispose would free nothing.")]
internal sealed class PdfFileWriter
{
    private readonly Stream _output;
    private readonly PdfSyntaxWriter _pending = new(64 * 1024);
    private readonly MemoryStream _deflated = new();
    private readonly List<long> _offsets = [0];
    private long _flushed;

    public PdfFileWriter(Stream output)
    {
        _output = output;
        // The comment with bytes above 127 tells transfer tools the file is binary (§7.5.2).
        _pending.Raw("%PDF-1.7\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Raw('\n');
    }

    /// <summary>Bytes produced so far, flushed or not.</summary>
    public long Position => _flushed + _pending.Length;

    /// <summary>Allocates an object number to be written later with <see cref="BeginObject"/>.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts writing a reserved object; the caller writes its value and calls <see cref="EndObject"/>.</summary>
    public PdfSyntaxWriter BeginObject(int number)
    {
        if (_offsets[number] >= 0)
        {
            throw new InvalidOperationException($"PDF object {number} was already written.");
        }
        _offsets[number] = Position;
        return _pending.Int(number).Raw("0 obj\n");
    }

    public void EndObject() => _pending.Raw("\nendobj\n");

    /// <summary>
    /// Writes a stream object whose data is deflated here. <paramref name="dictionary"/> adds entries to the
    /// stream dictionary (its Length and Filter are written by this method).
    /// </summary>
    public void WriteStream(int number, ReadOnlySpan<byte> data, Action<PdfSyntaxWriter>? dictionary = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        _deflated.SetLength(0);
        using (var zlib = new ZLibStream(_deflated, level, leaveOpen: true))
        {
            zlib.Write(data);
        }
        var w = BeginObject(number).Raw("<< ");
        dictionary?.Invoke(w);
        w.Raw("/Filter /FlateDecode /Length ").Int(_deflated.Length).Raw(">>\nstream\n");
        w.Bytes(_deflated.GetBuffer().AsSpan(0, (int)_deflated.Length)).Raw("\nendstream");
        EndObject();
        if (_deflated.Capacity > 1024 * 1024)
        {
            _deflated.Capacity = 64 * 1024; // a one-off big stream (a font) need not stay allocated
        }
    }

    /// <summary>Hands the written bytes to the output stream.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Length == 0)
        {
            return;
        }
        await _output.WriteAsync(_pending.WrittenMemory, ct).ConfigureAwait(false);
        _flushed += _pending.Length;
        _pending.Clear();
    }

    /// <summary>
    /// Writes the cross-reference table and the trailer, then flushes. The file identifier (§14.4) is derived from
    /// <paramref name="identity"/> and the file's length, so the same document renders to the same bytes.
    /// </summary>
    public async Task FinishAsync(int catalog, int info, string identity, CancellationToken ct)
    {
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0)
            {
                throw new InvalidOperationException($"PDF object {i} was reserved but never written.");
            }
        }
        var xref = Position;
        _pending.Raw("xref\n0 ").Int(_offsets.Count).Raw("\n0000000000 65535 f\r\n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            _pending.Raw(_offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Raw(" 00000 n\r\n");
            if (_pending.Length > 64 * 1024)
            {
                await FlushAsync(ct).ConfigureAwait(false);
            }
        }
        var id = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{identity}|{Position}")).AsSpan(0, 16).ToArray();
        _pending.Raw("trailer\n<< /Size ").Int(_offsets.Count).Raw("/Root ").Reference(catalog).Raw("/Info ").Reference(info).Raw("/ID [<");
        for (var copy = 0; copy < 2; copy++)
        {
            foreach (var b in id)
            {
                _pending.Hex(b);
            }
            _pending.Raw(copy == 0 ? "> <" : ">] ");
        }
        _pending.Raw(">>\nstartxref\n").Raw(xref.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("\n%%EOF\n");
        await FlushAsync(ct).ConfigureAwait(false);
        await _output.FlushAsync(ct).ConfigureAwait(false);
    }
}
