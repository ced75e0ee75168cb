using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Executions;

/// <summary>The <c>artifact_chunks</c> table (bytea on PostgreSQL, BLOB on SQLite); rows go with their artifact.</summary>
internal sealed class ArtifactChunkConfiguration : IEntityTypeConfiguration<ArtifactChunk>
{
    public void Configure(EntityTypeBuilder<ArtifactChunk> b)
    {
        b.ToTable("artifact_chunks");
        b.HasKey(c => new { c.ArtifactId, c.Sequence });
        b.HasOne<Artifact>().WithMany().HasForeignKey(c => c.ArtifactId).OnDelete(DeleteBehavior.Cascade);
    }
}
