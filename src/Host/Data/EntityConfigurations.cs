using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReportGraph.Abstractions;
using ReportGraph.Host.Delivery;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Data;

// Table and index names are spelled out so that migrations written by hand match the model exactly.

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.Property(u => u.Email).HasMaxLength(320);
        b.Property(u => u.NormalizedEmail).HasMaxLength(320);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(u => u.SecurityStamp).HasMaxLength(64);
        b.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName("ix_users_normalized_email");
    }
}

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

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> b)
    {
        b.ToTable("schedules");
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Description).HasMaxLength(2000);
        b.Property(s => s.ReportTypeKey).HasMaxLength(100);
        b.Property(s => s.RecurrenceKind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.CronExpression).HasMaxLength(200);
        b.Property(s => s.TimeZoneId).HasMaxLength(100);
        b.Property(s => s.SubjectTemplate).HasMaxLength(500);
        b.Property(s => s.Message).HasMaxLength(4000);
        b.Property(s => s.Formats)
            .HasConversion(
                formats => string.Join(',', formats),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ReportFormat>).ToList(),
                new ValueComparer<List<ReportFormat>>(
                    (a, c) => a!.SequenceEqual(c!),
                    list => list.Aggregate(0, (h, f) => HashCode.Combine(h, f)),
                    list => list.ToList()))
            .HasMaxLength(100);
        b.HasOne(s => s.Owner).WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Recipients).WithOne(r => r.Schedule).HasForeignKey(r => r.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        // The scheduler's question: which active schedules are due next.
        b.HasIndex(s => new { s.IsActive, s.NextRunAt }).HasDatabaseName("ix_schedules_active_next_run");
        b.HasIndex(s => s.OwnerId).HasDatabaseName("ix_schedules_owner_id");
    }
}

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

internal sealed class ExecutionConfiguration : IEntityTypeConfiguration<Execution>
{
    public void Configure(EntityTypeBuilder<Execution> b)
    {
        b.ToTable("executions");
        b.Property(e => e.Trigger).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.ErrorMessage).HasMaxLength(4000);
        b.Property(e => e.LeaseOwner).HasMaxLength(200);
        b.Property(e => e.PeriodLabel).HasMaxLength(200);
        b.Property(e => e.ReportVersion).HasMaxLength(50);
        b.HasOne(e => e.Schedule).WithMany().HasForeignKey(e => e.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Deliveries).WithOne(d => d.Execution).HasForeignKey(d => d.ExecutionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Artifacts).WithOne(a => a.Execution).HasForeignKey(a => a.ExecutionId).OnDelete(DeleteBehavior.Cascade);
        // The claim: an occurrence runs at most once, whichever node or double fire tries to start it.
        b.HasIndex(e => new { e.ScheduleId, e.Trigger, e.ScheduledFor }).IsUnique().HasDatabaseName("ix_executions_occurrence");
        b.HasIndex(e => new { e.ScheduleId, e.CreatedAt }).HasDatabaseName("ix_executions_schedule_created");
        b.HasIndex(e => new { e.Status, e.LeaseExpiresAt }).HasDatabaseName("ix_executions_status_lease");
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Executions.Delivery>
{
    public void Configure(EntityTypeBuilder<Executions.Delivery> b)
    {
        b.ToTable("deliveries");
        b.Property(d => d.Email).HasMaxLength(320);
        b.Property(d => d.NormalizedEmail).HasMaxLength(320);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.LastReply).HasMaxLength(2000);
        b.Property(d => d.MessageId).HasMaxLength(300);
        b.HasIndex(d => new { d.ExecutionId, d.NormalizedEmail }).IsUnique().HasDatabaseName("ix_deliveries_execution_email");
        b.HasIndex(d => new { d.Status, d.NextAttemptAt }).HasDatabaseName("ix_deliveries_status_next_attempt");
    }
}

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
