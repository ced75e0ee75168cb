using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Security;

/// <summary>The <c>ApiKey</c> table; names are spelled out so that the hand-written migrations match the model exactly.</summary>
internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.Property(k => k.Name).HasMaxLength(200);
        b.Property(k => k.Prefix).HasMaxLength(32);
        b.Property(k => k.KeyHash).HasMaxLength(64);
        b.HasOne(k => k.User).WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(k => k.Prefix).IsUnique().HasDatabaseName("ix_api_keys_prefix");
        b.HasIndex(k => k.UserId).HasDatabaseName("ix_api_keys_user_id");
    }
}
