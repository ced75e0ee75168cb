namespace ReportGraph.Host.Executions;

/// <summary>A rendered file on disk, as recorded in the artifacts table.</summary>
/// <param name="ArtifactId">The artifact row.</param>
/// <param name="FileName">File name for the attachment.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="SizeBytes">Size on disk.</param>
/// <param name="FullPath">Absolute path of the stored file.</param>
public sealed record StoredArtifact(Guid ArtifactId, string FileName, string ContentType, long SizeBytes, string FullPath);
