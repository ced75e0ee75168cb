using Microsoft.EntityFrameworkCore;

namespace ReportGraph.Host.Data;

/// <summary>
/// A read-only, seekable view of content kept in chunks (<see cref="ChunkWriteStream"/>), loading only the chunk the
/// position falls in (its own short-lived DbContext each time), so at most one chunk is in memory.
/// </summary>
/// <param name="dbs">The store.</param>
/// <param name="chunk">The query for the data of chunk number <c>sequence</c> (no row: the content is gone).</param>
/// <param name="length">The content's length in bytes.</param>
/// <param name="missing">The message of the <see cref="FileNotFoundException"/> thrown when a chunk is gone.</param>
public sealed class ChunkReadStream(IDbContextFactory<ReportGraphDbContext> dbs, Func<ReportGraphDbContext, int, IQueryable<byte[]>> chunk, long length, string missing)
    : Stream
{
    private byte[]? _chunk;
    private int _chunkSequence = -1;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (NeedsChunk(out var sequence))
        {
            using var db = dbs.CreateDbContext();
            Use(sequence, chunk(db, sequence).SingleOrDefault());
        }

        return CopyTo(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (NeedsChunk(out var sequence))
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            Use(sequence, await chunk(db, sequence).SingleOrDefaultAsync(cancellationToken));
        }

        return CopyTo(buffer.Span);
    }

    private bool NeedsChunk(out int sequence)
    {
        sequence = (int)(_position / ChunkWriteStream.ChunkSize);
        return _position < length && sequence != _chunkSequence;
    }

    private void Use(int sequence, byte[]? data)
    {
        _chunk = data ?? throw new FileNotFoundException(missing);
        _chunkSequence = sequence;
    }

    private int CopyTo(Span<byte> buffer)
    {
        if (_position >= length || _chunk is null)
        {
            return 0;
        }

        var start = (int)(_position - ((long)_chunkSequence * ChunkWriteStream.ChunkSize));
        var count = Math.Min(buffer.Length, _chunk.Length - start);
        if (count <= 0)
        {
            return 0;
        }

        _chunk.AsSpan(start, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
