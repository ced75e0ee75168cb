using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Schedules;

/// <summary>The <c>Schedule</c> table; names are spelled out so that the hand-written migrations match the model exactly.</summary>
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
                // A lambda, not the method group: the compiled-model generator (tools/StoreModel) cannot write a method group.
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(f => Enum.Parse<ReportFormat>(f)).ToList(),
                new ValueComparer<List<ReportFormat>>(
                    (a, c) => a!.SequenceEqual(c!),
                    list => list.Aggregate(0, (h, f) => HashCode.Combine(h, f)),
                    list => list.ToList()))
            .HasMaxLength(100);
        b.Property(s => s.SendWhen).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.SendWhenKpi).HasMaxLength(100);
        b.Property(s => s.SendWhenOperator).HasConversion<string>().HasMaxLength(8);
        b.Property(s => s.PausedReason).HasMaxLength(500);
        b.HasOne(s => s.Owner).WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Recipients).WithOne(r => r.Schedule).HasForeignKey(r => r.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        // The scheduler's question: which active schedules are due next.
        b.HasIndex(s => new { s.IsActive, s.NextRunAt }).HasDatabaseName("ix_schedules_active_next_run");
        b.HasIndex(s => s.OwnerId).HasDatabaseName("ix_schedules_owner_id");
    }
}
