namespace ReportGraph.Host.Executions;

/// <summary>Counts of an execution's deliveries after a delivery pass.</summary>
/// <param name="Sent">Accepted by the SMTP server.</param>
/// <param name="Failed">Given up (5xx reply, or retries exhausted).</param>
/// <param name="Skipped">Recipient unsubscribed.</param>
public sealed record DeliveryOutcome(int Sent, int Failed, int Skipped);

/// <summary>
/// Hands a rendered run to whoever sends it. Implemented by the delivery feature, so that the run pipeline knows
/// nothing of email: executions come first, deliveries depend on them.
/// </summary>
public interface IExecutionDelivery
{
    /// <summary>Sends the run's emails (or continues after a crash) and counts the outcome.</summary>
    Task<DeliveryOutcome> DeliverAsync(ExecutionReport report, CancellationToken cancellationToken);
}
