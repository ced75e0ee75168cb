using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Files in the store's <c>artifact_chunks</c> table, <see cref="ChunkWriteStream.ChunkSize"/> bytes a row, so every node
/// of a cluster can serve any artifact. Written and read one chunk at a time (<see cref="ChunkWriteStream"/>,
/// <see cref="ChunkReadStream"/>): at most one chunk of a file is in memory.
/// </summary>
public sealed class DatabaseArtifactStore(IDbContextFactory<ReportGraphDbContext> dbs) : IArtifactStore
{
    /// <summary>Marks a <see cref="Artifact.StoragePath"/> kept here, so old folder artifacts stay readable after a switch.</summary>
    public const string Prefix = "database:";

    public async Task<string> KeepAsync(Guid artifactId, string relativePath, string stagedPath, CancellationToken cancellationToken)
    {
        await using (var file = new FileStream(stagedPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan))
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        await using (var chunks = new ChunkWriteStream(db, (sequence, data) => new ArtifactChunk { ArtifactId = artifactId, Sequence = sequence, Data = data }))
        {
            await chunks.WriteAllAsync(file, cancellationToken);
        }

        File.Delete(stagedPath);
        return Prefix + relativePath.Replace('\\', '/');
    }

    public Task<bool> ExistsAsync(Guid artifactId, string storagePath, CancellationToken cancellationToken) =>
        ExistsCoreAsync(artifactId, cancellationToken);

    public Stream OpenRead(Guid artifactId, string storagePath, long sizeBytes) =>
        new ChunkReadStream(dbs, (db, sequence) => db.Set<ArtifactChunk>().Where(c => c.ArtifactId == artifactId && c.Sequence == sequence).Select(c => c.Data),
            sizeBytes, $"Artifact {artifactId} is no longer in the store (removed by retention).");

    // The chunks are deleted with their artifact row (cascade).
    public void Delete(string storagePath)
    {
    }

    private async Task<bool> ExistsCoreAsync(Guid artifactId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Set<ArtifactChunk>().AnyAsync(c => c.ArtifactId == artifactId, cancellationToken);
    }
}
