using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary>Files stay where they were rendered, under the data folder; <see cref="Artifact.StoragePath"/> is relative to it.</summary>
public sealed class FolderArtifactStore(DataDirectory data, ILogger<FolderArtifactStore> logger) : IArtifactStore
{
    public Task<string> KeepAsync(Guid artifactId, string relativePath, string stagedPath, CancellationToken cancellationToken) =>
        Task.FromResult(relativePath);

    public Task<bool> ExistsAsync(Guid artifactId, string storagePath, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(FullPath(storagePath)));

    public Stream OpenRead(Guid artifactId, string storagePath, long sizeBytes) =>
        new FileStream(FullPath(storagePath), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Delete(string storagePath)
    {
        var path = FullPath(storagePath);
        try
        {
            File.Delete(path);
            var folder = Path.GetDirectoryName(path);
            if (folder is not null && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                // A personalised run's files sit in set-N subfolders of the execution's folder: remove that too once empty.
                var parent = Path.GetDirectoryName(folder);
                if (Path.GetFileName(folder).StartsWith("set-", StringComparison.Ordinal) && parent is not null && Directory.Exists(parent)
                    && !Directory.EnumerateFileSystemEntries(parent).Any())
                {
                    Directory.Delete(parent);
                }
            }
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not delete {Path}", path);
        }
    }

    private string FullPath(string storagePath) => Path.GetFullPath(storagePath, data.Path);
}
