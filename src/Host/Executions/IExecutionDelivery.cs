namespace ReportGraph.Host.Executions;

/// <summary>Counts of an execution's deliveries after a delivery pass.</summary>
/// <param name="Sent">Accepted by the SMTP server.</param>
/// <param name="Failed">Given up (5xx reply, or retries exhausted).</param>
/// <param name="Skipped">Recipient unsubscribed.</param>
/// <param name="Pending">Waiting in the store for a later attempt after transient failures; the execution is final only when none is.</param>
public sealed record DeliveryOutcome(int Sent, int Failed, int Skipped, int Pending = 0)
{
    /// <summary>The execution's final status and error message for these counts (when nothing is pending).</summary>
    public (ExecutionStatus Status, string? Error) FinalStatus() => this switch
    {
        { Failed: > 0, Sent: 0 } => (ExecutionStatus.Failed, $"Every delivery failed ({Failed})."),
        { Failed: > 0 } => (ExecutionStatus.Partial, $"{Failed} of {Failed + Sent} deliveries failed."),
        _ => (ExecutionStatus.Succeeded, null),
    };
}

/// <summary>
/// Hands a rendered run to whoever sends it. Implemented by the delivery feature, so that the run pipeline knows
/// nothing of email: executions come first, deliveries depend on them.
/// </summary>
public interface IExecutionDelivery
{
    /// <summary>
    /// Sends the run's emails (or continues after a crash) and counts the outcome. Deliveries still Pending are
    /// retried later by the delivery feature, which then completes the execution through <see cref="ExecutionCompletion"/>.
    /// </summary>
    Task<DeliveryOutcome> DeliverAsync(ExecutionReport report, CancellationToken cancellationToken);

    /// <summary>
    /// Records the deliveries of readers of a personalised schedule whose parameter set produced no report: Failed with
    /// the reason (Skipped for those who unsubscribed). Nothing is sent to them.
    /// </summary>
    Task RecordUnsentAsync(Guid executionId, UnsentReaders unsent, CancellationToken cancellationToken);

    /// <summary>Counts the execution's deliveries by status as the store has them now.</summary>
    Task<DeliveryOutcome> CountAsync(Guid executionId, CancellationToken cancellationToken);
}
