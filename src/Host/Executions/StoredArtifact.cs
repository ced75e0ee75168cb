namespace ReportGraph.Host.Executions;

/// <summary>A rendered file, as recorded in the artifacts table; read it through <see cref="ArtifactStore"/>.</summary>
/// <param name="ArtifactId">The artifact row.</param>
/// <param name="FileName">File name for the attachment.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="SizeBytes">Size in bytes.</param>
/// <param name="StoragePath">Where the store keeps it (<see cref="Artifact.StoragePath"/>).</param>
public sealed record StoredArtifact(Guid ArtifactId, string FileName, string ContentType, long SizeBytes, string StoragePath);
