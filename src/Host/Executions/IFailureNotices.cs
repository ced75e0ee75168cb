namespace ReportGraph.Host.Executions;

/// <summary>What the owner of a schedule is told when one of its executions ends Failed or Partial.</summary>
public sealed record FailureNotice
{
    public required Guid ExecutionId { get; init; }
    public required Guid ScheduleId { get; init; }
    public required string ScheduleName { get; init; }
    public required Guid OwnerId { get; init; }
    public required string OwnerEmail { get; init; }
    public required string OwnerName { get; init; }
    public required ExecutionStatus Status { get; init; }
    public required ExecutionTrigger Trigger { get; init; }
    public required DateTimeOffset ScheduledFor { get; init; }
    public string? PeriodLabel { get; init; }
    /// <summary>The execution's error: the report's failure, or how many deliveries failed.</summary>
    public string? Error { get; init; }
    /// <summary>Failed runs in a row, this one included (0 for a Partial run, which does not count).</summary>
    public int ConsecutiveFailures { get; init; }
    /// <summary>True when this failure paused the schedule (<c>Schedules:PauseAfterFailures</c>).</summary>
    public bool Paused { get; init; }
    /// <summary>The pause limit; 0 when schedules never pause.</summary>
    public int PauseAfterFailures { get; init; }
}

/// <summary>Sends failure notices to owners. Implemented by the deliveries feature (the mail setup lives there).</summary>
public interface IFailureNotices
{
    /// <summary>Sends the notice; best effort: never throws for mail problems (they are logged).</summary>
    Task SendAsync(FailureNotice notice, CancellationToken cancellationToken);
}
