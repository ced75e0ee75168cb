namespace ReportGraph.Host.Deliveries;

/// <summary>
/// One piece (at most <see cref="Data.ChunkWriteStream.ChunkSize"/> bytes) of the email a delivery keeps for its retries,
/// when kept in the store (<c>Storage:Artifacts=Database</c>), so any node can send it. Deleted with its delivery (cascade).
/// </summary>
public sealed class KeptEmailChunk
{
    public Guid DeliveryId { get; set; }
    /// <summary>0, 1, 2, … in message order.</summary>
    public int Sequence { get; set; }
    public required byte[] Data { get; set; }
}
