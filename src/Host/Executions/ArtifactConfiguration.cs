using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Executions;

/// <summary>The <c>Artifact</c> table; names are spelled out so that the hand-written migrations match the model exactly.</summary>
internal sealed class ArtifactConfiguration : IEntityTypeConfiguration<Artifact>
{
    public void Configure(EntityTypeBuilder<Artifact> b)
    {
        b.ToTable("artifacts");
        b.Property(a => a.Format).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.FileName).HasMaxLength(300);
        b.Property(a => a.ContentType).HasMaxLength(200);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.StoragePath).HasMaxLength(500);
        b.HasIndex(a => a.ExecutionId).HasDatabaseName("ix_artifacts_execution_id");
    }
}
