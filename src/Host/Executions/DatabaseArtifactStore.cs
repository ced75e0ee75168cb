using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Files in the store's <c>artifact_chunks</c> table, <see cref="ChunkSize"/> bytes a row, so every node of a cluster
/// can serve any artifact. Written and read one chunk at a time: at most one chunk of a file is in memory.
/// </summary>
public sealed class DatabaseArtifactStore(IDbContextFactory<ReportGraphDbContext> dbs) : IArtifactStore
{
    /// <summary>Bytes per row: large enough for few round trips, small enough to stay well under PostgreSQL's limits.</summary>
    public const int ChunkSize = 1024 * 1024;

    /// <summary>Marks a <see cref="Artifact.StoragePath"/> kept here, so old folder artifacts stay readable after a switch.</summary>
    public const string Prefix = "database:";

    public async Task<string> KeepAsync(Guid artifactId, string relativePath, string stagedPath, CancellationToken cancellationToken)
    {
        await using (var file = new FileStream(stagedPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan))
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            var buffer = new byte[ChunkSize];
            // An empty file still gets one (empty) chunk, so "is it there" has one answer for every file.
            for (var sequence = 0; ; sequence++)
            {
                var read = await file.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, cancellationToken);
                if (read == 0 && sequence > 0)
                {
                    break;
                }

                db.Set<ArtifactChunk>().Add(new ArtifactChunk { ArtifactId = artifactId, Sequence = sequence, Data = buffer[..read] });
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (read < ChunkSize)
                {
                    break;
                }
            }
        }

        File.Delete(stagedPath);
        return Prefix + relativePath.Replace('\\', '/');
    }

    public Task<bool> ExistsAsync(Guid artifactId, string storagePath, CancellationToken cancellationToken) =>
        ExistsCoreAsync(artifactId, cancellationToken);

    public Stream OpenRead(Guid artifactId, string storagePath, long sizeBytes) => new ChunkStream(dbs, artifactId, sizeBytes);

    // The chunks are deleted with their artifact row (cascade).
    public void Delete(string storagePath)
    {
    }

    private async Task<bool> ExistsCoreAsync(Guid artifactId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Set<ArtifactChunk>().AnyAsync(c => c.ArtifactId == artifactId, cancellationToken);
    }

    /// <summary>A read-only, seekable view of an artifact's chunks, loading the one the position falls in.</summary>
    private sealed class ChunkStream(IDbContextFactory<ReportGraphDbContext> dbs, Guid artifactId, long length) : Stream
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
                Use(sequence, db.Set<ArtifactChunk>().Where(c => c.ArtifactId == artifactId && c.Sequence == sequence).Select(c => c.Data).SingleOrDefault());
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
                Use(sequence, await db.Set<ArtifactChunk>().Where(c => c.ArtifactId == artifactId && c.Sequence == sequence)
                    .Select(c => c.Data).SingleOrDefaultAsync(cancellationToken));
            }

            return CopyTo(buffer.Span);
        }

        private bool NeedsChunk(out int sequence)
        {
            sequence = (int)(_position / ChunkSize);
            return _position < length && sequence != _chunkSequence;
        }

        private void Use(int sequence, byte[]? data)
        {
            _chunk = data ?? throw new FileNotFoundException($"Artifact {artifactId} is no longer in the store (removed by retention).");
            _chunkSequence = sequence;
        }

        private int CopyTo(Span<byte> buffer)
        {
            if (_position >= length || _chunk is null)
            {
                return 0;
            }

            var start = (int)(_position - ((long)_chunkSequence * ChunkSize));
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
}
