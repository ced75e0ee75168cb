namespace ReportGraph.Host.Data;

/// <summary>
/// Content written into the store as rows of at most <see cref="ChunkSize"/> bytes (artifact files, emails kept for a
/// retry), so every node of a cluster can read it and no code holds a whole file in memory: each full chunk is saved
/// as it fills. Call <see cref="CompleteAsync"/> to save the last one; the caller owns <paramref name="db"/> and any
/// transaction around it. Read it back with <see cref="ChunkReadStream"/>.
/// </summary>
/// <param name="db">Where the rows are added, one SaveChanges per chunk.</param>
/// <param name="row">Makes the row of chunk number <c>sequence</c> (0, 1, 2, … in content order).</param>
public sealed class ChunkWriteStream(ReportGraphDbContext db, Func<int, byte[], object> row) : Stream
{
    /// <summary>Bytes per row: large enough for few round trips, small enough to stay well under PostgreSQL's limits.</summary>
    public const int ChunkSize = 1024 * 1024;

    private readonly byte[] _buffer = new byte[ChunkSize];
    private int _filled;
    private int _sequence;
    private long _length;
    private bool _completed;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !_completed;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    /// <summary>Copies a whole stream in and completes.</summary>
    public async Task<long> WriteAllAsync(Stream source, CancellationToken cancellationToken)
    {
        await source.CopyToAsync(this, 81920, cancellationToken);
        return await CompleteAsync(cancellationToken);
    }

    /// <summary>Saves the last (possibly empty) chunk; returns the content's length.</summary>
    public async Task<long> CompleteAsync(CancellationToken cancellationToken)
    {
        // An empty content still gets one (empty) chunk, so "is it there" has one answer for everything kept.
        if (!_completed && (_filled > 0 || _sequence == 0))
        {
            await SaveAsync(cancellationToken);
        }

        _completed = true;
        return _length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            buffer = Fill(buffer);
            if (_filled == ChunkSize)
            {
                db.Add(Row());
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var rest = Fill(buffer.Span);
            buffer = buffer[^rest.Length..];
            if (_filled == ChunkSize)
            {
                await SaveAsync(cancellationToken);
            }
        }
    }

    private ReadOnlySpan<byte> Fill(ReadOnlySpan<byte> buffer)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The content is complete; nothing more can be written.");
        }

        var count = Math.Min(buffer.Length, ChunkSize - _filled);
        buffer[..count].CopyTo(_buffer.AsSpan(_filled));
        _filled += count;
        _length += count;
        return buffer[count..];
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.Add(Row());
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private object Row()
    {
        var chunk = row(_sequence++, _buffer[.._filled]);
        _filled = 0;
        return chunk;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
