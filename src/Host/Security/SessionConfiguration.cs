using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Security;

/// <summary>The <c>sessions</c> table; names are spelled out so that the hand-written migrations match the model exactly.</summary>
internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        b.ToTable("sessions");
        b.Property(s => s.TokenHash).HasMaxLength(64);
        b.Property(s => s.UserAgent).HasMaxLength(SessionStore.MaxUserAgentLength);
        b.Property(s => s.ClientAddress).HasMaxLength(64);
        b.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.TokenHash).IsUnique().HasDatabaseName("ix_sessions_token_hash");
        b.HasIndex(s => s.UserId).HasDatabaseName("ix_sessions_user_id");
        b.HasIndex(s => s.ExpiresAt).HasDatabaseName("ix_sessions_expires_at");
    }
}
