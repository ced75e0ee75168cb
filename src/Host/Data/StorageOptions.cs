using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.Data;

/// <summary>Configuration section <c>Storage</c>: where files live.</summary>
public sealed class StorageOptions
{
    /// <summary>
    /// Folder for the SQLite databases, artifacts and Data Protection keys; relative to the content root
    /// or absolute. <c>|DataDirectory|</c> in connection strings stands for it.
    /// </summary>
    [Required(ErrorMessage = "Storage:DataDirectory is required, e.g. \"data\".")]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Where rendered files go: <c>Folder</c> (the data folder; only this node can serve them) or <c>Database</c> (the
    /// store, in chunks; every node can). Unset: <c>Database</c> on PostgreSQL, <c>Folder</c> on SQLite.
    /// </summary>
    public ArtifactStorage? Artifacts { get; set; }
}

/// <summary>Values of <c>Storage:Artifacts</c>.</summary>
public enum ArtifactStorage
{
    /// <summary>Files under <c>{data}/artifacts</c>.</summary>
    Folder,
    /// <summary>Chunks in the store's <c>artifact_chunks</c> table.</summary>
    Database,
}

/// <summary>The resolved, existing data folder.</summary>
public sealed class DataDirectory(string path)
{
    /// <summary>The placeholder usable in connection strings.</summary>
    public const string Placeholder = "|DataDirectory|";

    /// <summary>Absolute path.</summary>
    public string Path { get; } = path;

    /// <summary>Resolves <c>Storage:DataDirectory</c> against the content root and creates the folder.</summary>
    public static DataDirectory Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Storage:DataDirectory"];
        var path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, contentRoot);
        Directory.CreateDirectory(path);
        return new DataDirectory(path);
    }

    /// <summary>Replaces <see cref="Placeholder"/> with the folder.</summary>
    public string Expand(string connectionString) =>
        connectionString.Replace(Placeholder, Path, StringComparison.OrdinalIgnoreCase);
}
