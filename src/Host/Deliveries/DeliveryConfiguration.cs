using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Deliveries;

// Table and index names are spelled out so that migrations written by hand match the model exactly.
/// <summary>The <c>Delivery</c> table.</summary>
internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.ToTable("deliveries");
        b.Property(d => d.Email).HasMaxLength(320);
        b.Property(d => d.NormalizedEmail).HasMaxLength(320);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.LastReply).HasMaxLength(2000);
        b.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Target).HasMaxLength(300);
        b.Property(d => d.MessageId).HasMaxLength(300);
        b.HasOne(d => d.Execution).WithMany().HasForeignKey(d => d.ExecutionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.ExecutionId, d.NormalizedEmail }).IsUnique().HasDatabaseName("ix_deliveries_execution_email");
        b.HasIndex(d => new { d.Status, d.NextAttemptAt }).HasDatabaseName("ix_deliveries_status_next_attempt");
    }
}
