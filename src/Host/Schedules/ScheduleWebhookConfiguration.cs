using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Schedules;

/// <summary>The <c>ScheduleWebhook</c> table; names are spelled out so that the hand-written migration matches the model exactly.</summary>
internal sealed class ScheduleWebhookConfiguration : IEntityTypeConfiguration<ScheduleWebhook>
{
    public void Configure(EntityTypeBuilder<ScheduleWebhook> b)
    {
        b.ToTable("schedule_webhooks");
        b.Property(w => w.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.Name).HasMaxLength(200);
        b.Property(w => w.Url).HasMaxLength(WebhookRules.MaxUrlLength);
        b.Property(w => w.EncryptedSecret).HasMaxLength(2000);
        b.HasOne(w => w.Schedule).WithMany().HasForeignKey(w => w.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(w => w.ScheduleId).HasDatabaseName("ix_schedule_webhooks_schedule_id");
    }
}
