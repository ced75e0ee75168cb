namespace ReportGraph.Host.Executions;

/// <summary>
/// One piece (at most <see cref="Data.ChunkWriteStream.ChunkSize"/> bytes) of an artifact kept in the store, so any
/// node can serve it and no piece of code holds a whole file in memory. Deleted with its artifact (cascade).
/// </summary>
public sealed class ArtifactChunk
{
    public Guid ArtifactId { get; set; }
    /// <summary>0, 1, 2, … in file order.</summary>
    public int Sequence { get; set; }
    public required byte[] Data { get; set; }
}
