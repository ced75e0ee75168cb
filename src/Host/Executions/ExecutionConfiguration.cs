using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Executions;

/// <summary>The <c>Execution</c> table; names are spelled out so that the hand-written migrations match the model exactly.</summary>
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
        b.Property(e => e.ConditionReason).HasMaxLength(500);
        b.HasOne(e => e.Schedule).WithMany().HasForeignKey(e => e.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Artifacts).WithOne(a => a.Execution).HasForeignKey(a => a.ExecutionId).OnDelete(DeleteBehavior.Cascade);
        // The claim: an occurrence runs at most once, whichever node or double fire tries to start it.
        b.HasIndex(e => new { e.ScheduleId, e.Trigger, e.ScheduledFor }).IsUnique().HasDatabaseName("ix_executions_occurrence");
        b.HasIndex(e => new { e.ScheduleId, e.CreatedAt }).HasDatabaseName("ix_executions_schedule_created");
        b.HasIndex(e => new { e.Status, e.LeaseExpiresAt }).HasDatabaseName("ix_executions_status_lease");
        // The history list, newest first with keyset cursors on (CreatedAt, Id); and retention's oldest finished.
        b.HasIndex(e => new { e.CreatedAt, e.Id }).HasDatabaseName("ix_executions_created");
        b.HasIndex(e => e.FinishedAt).HasDatabaseName("ix_executions_finished");
    }
}
