using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>Why an execution ran.</summary>
public enum ExecutionTrigger
{
    /// <summary>A scheduled occurrence.</summary>
    Scheduled,
    /// <summary>"Run now".</summary>
    Manual,
    /// <summary>"Send a test" to the caller only.</summary>
    Test,
}

/// <summary>
/// Queued → Running (→ Delivering) → Succeeded | Partial | Failed | ConditionNotMet; or Missed when an occurrence was skipped.
/// </summary>
public enum ExecutionStatus
{
    Queued,
    Running,
    /// <summary>Generated; some deliveries wait in the store for their next attempt. Final once every delivery is.</summary>
    Delivering,
    Succeeded,
    /// <summary>Generated, but some deliveries failed.</summary>
    Partial,
    Failed,
    /// <summary>Occurrence passed while the service was down, beyond the grace window.</summary>
    Missed,
    /// <summary>Generated, but the schedule's sendWhen condition was not met, so nothing was sent.</summary>
    ConditionNotMet,
}

/// <summary>One run of a schedule for one occurrence. (ScheduleId, Trigger, ScheduledFor) is unique.</summary>
public sealed class Execution
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ScheduleId { get; set; }
    public Schedule? Schedule { get; set; }
    public ExecutionTrigger Trigger { get; set; }
    public ExecutionStatus Status { get; set; }
    /// <summary>The occurrence (or the request time for manual and test runs).</summary>
    public DateTimeOffset ScheduledFor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long? DurationMs { get; set; }
    public long? RowCount { get; set; }
    public string? ErrorMessage { get; set; }
    /// <summary>Who asked for a manual or test run.</summary>
    public Guid? RequestedById { get; set; }
    /// <summary>The node working on it and until when its claim holds; renewed by heartbeat.</summary>
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public int Attempt { get; set; }
    public DateTimeOffset? PeriodStart { get; set; }
    public DateTimeOffset? PeriodEnd { get; set; }
    public string? PeriodLabel { get; set; }
    public string? ReportVersion { get; set; }
    /// <summary>The value of the sendWhen KPI (or the row count for HAS_ROWS) this run was judged by.</summary>
    public double? ConditionValue { get; set; }
    /// <summary>Why the run was (not) sent under its sendWhen condition, e.g. "payersFlagged = 0, not &gt; 0".</summary>
    public string? ConditionReason { get; set; }
    /// <summary>When the owner was sent the failure notice; set once, so an execution causes at most one.</summary>
    public DateTimeOffset? OwnerNotifiedAt { get; set; }
    public List<Artifact> Artifacts { get; set; } = [];
}
