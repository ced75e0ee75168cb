using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Deliveries;

/// <summary>The <c>delivery_email_chunks</c> table (bytea on PostgreSQL, BLOB on SQLite); rows go with their delivery.</summary>
internal sealed class KeptEmailChunkConfiguration : IEntityTypeConfiguration<KeptEmailChunk>
{
    public void Configure(EntityTypeBuilder<KeptEmailChunk> b)
    {
        b.ToTable("delivery_email_chunks");
        b.HasKey(c => new { c.DeliveryId, c.Sequence });
        b.HasOne<Delivery>().WithMany().HasForeignKey(c => c.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
