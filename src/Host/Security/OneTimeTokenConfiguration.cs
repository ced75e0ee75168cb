using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Security;

/// <summary>The <c>one_time_tokens</c> table.</summary>
internal sealed class OneTimeTokenConfiguration : IEntityTypeConfiguration<OneTimeToken>
{
    public void Configure(EntityTypeBuilder<OneTimeToken> b)
    {
        b.ToTable("one_time_tokens");
        b.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("ix_one_time_tokens_token_hash");
        b.HasIndex(t => t.UserId).HasDatabaseName("ix_one_time_tokens_user_id");
    }
}
