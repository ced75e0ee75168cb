using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary>
/// The artifact store everyone uses: new files go where <c>Storage:Artifacts</c> says (default: <c>Database</c> on
/// PostgreSQL, <c>Folder</c> on SQLite); each existing file is read from the store its <see cref="Artifact.StoragePath"/>
/// names, so switching the setting keeps older files readable.
/// </summary>
public sealed class ArtifactStore(FolderArtifactStore folder, DatabaseArtifactStore database, IOptions<StorageOptions> storage, IOptions<DatabaseOptions> store)
    : IArtifactStore
{
    /// <summary>Where new files go.</summary>
    public ArtifactStorage NewFiles => storage.Value.Artifacts
        ?? (store.Value.Provider == DatabaseProvider.PostgreSQL ? ArtifactStorage.Database : ArtifactStorage.Folder);

    public Task<string> KeepAsync(Guid artifactId, string relativePath, string stagedPath, CancellationToken cancellationToken) =>
        (NewFiles == ArtifactStorage.Database ? (IArtifactStore)database : folder).KeepAsync(artifactId, relativePath, stagedPath, cancellationToken);

    public Task<bool> ExistsAsync(Guid artifactId, string storagePath, CancellationToken cancellationToken) =>
        Holding(storagePath).ExistsAsync(artifactId, storagePath, cancellationToken);

    public Stream OpenRead(Guid artifactId, string storagePath, long sizeBytes) => Holding(storagePath).OpenRead(artifactId, storagePath, sizeBytes);

    public void Delete(string storagePath) => Holding(storagePath).Delete(storagePath);

    private IArtifactStore Holding(string storagePath) =>
        storagePath.StartsWith(DatabaseArtifactStore.Prefix, StringComparison.Ordinal) ? database : folder;
}
