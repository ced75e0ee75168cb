using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Schedules;

/// <summary>The <c>Recipient</c> table; names are spelled out so that the hand-written migrations match the model exactly.</summary>
internal sealed class RecipientConfiguration : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> b)
    {
        b.ToTable("recipients");
        b.Property(r => r.Email).HasMaxLength(320);
        b.Property(r => r.NormalizedEmail).HasMaxLength(320);
        b.Property(r => r.DisplayName).HasMaxLength(200);
        b.Property(r => r.UnsubscribeToken).HasMaxLength(64);
        b.HasIndex(r => new { r.ScheduleId, r.NormalizedEmail }).IsUnique().HasDatabaseName("ix_recipients_schedule_email");
        b.HasIndex(r => r.UnsubscribeToken).IsUnique().HasDatabaseName("ix_recipients_unsubscribe_token");
        b.HasIndex(r => r.NormalizedEmail).HasDatabaseName("ix_recipients_normalized_email");
    }
}
