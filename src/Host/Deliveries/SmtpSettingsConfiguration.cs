using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Deliveries;

/// <summary>The <c>SmtpSettings</c> table; names are spelled out so that the hand-written migrations match the model exactly.</summary>
internal sealed class SmtpSettingsConfiguration : IEntityTypeConfiguration<SmtpSettings>
{
    public void Configure(EntityTypeBuilder<SmtpSettings> b)
    {
        b.ToTable("smtp_settings");
        b.Property(s => s.Host).HasMaxLength(255);
        b.Property(s => s.Security).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.UserName).HasMaxLength(320);
        b.Property(s => s.EncryptedPassword).HasMaxLength(4000);
        b.Property(s => s.Authentication).HasConversion<string>().HasMaxLength(16);
        // Access tokens have no fixed length (Microsoft's are JWTs of a few kB), so the encrypted text is unbounded.
        b.Property(s => s.EncryptedAccessToken);
        b.Property(s => s.FromAddress).HasMaxLength(320);
        b.Property(s => s.FromName).HasMaxLength(200);
        b.HasOne(s => s.Owner).WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.OwnerId).IsUnique().HasDatabaseName("ix_smtp_settings_owner_id");
    }
}
