namespace ReportGraph.Host.Executions;

/// <summary>
/// Keeps an execution's rendered files and reads them back (downloads, signed links, email attachments). Renderers
/// always write to the node's data folder first (<see cref="ArtifactWriter"/>); the store then keeps them where it
/// keeps files. <see cref="ArtifactStore"/> picks the store for new files and, per artifact, the one that holds it.
/// </summary>
public interface IArtifactStore
{
    /// <summary>Keeps the file staged at <paramref name="stagedPath"/> for the (already saved) artifact; returns its <see cref="Artifact.StoragePath"/>.</summary>
    Task<string> KeepAsync(Guid artifactId, string relativePath, string stagedPath, CancellationToken cancellationToken);

    /// <summary>Whether the artifact's content is still there (retention removes it).</summary>
    Task<bool> ExistsAsync(Guid artifactId, string storagePath, CancellationToken cancellationToken);

    /// <summary>
    /// A stream over the content that reads as it goes (never the whole file at once), seekable for range requests.
    /// Opening does no I/O, so a missing file shows when it is read.
    /// </summary>
    Stream OpenRead(Guid artifactId, string storagePath, long sizeBytes);

    /// <summary>Removes what the store keeps outside the artifact row (a row's chunks go with it).</summary>
    void Delete(string storagePath);
}
