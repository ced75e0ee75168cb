using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>Sends an execution's emails: one delivery per subscribed recipient, never twice once recorded as Sent.</summary>
public interface IDeliveryRunner
{
    /// <summary>
    /// Creates the execution's delivery rows if missing (scheduled and manual runs: every recipient of the
    /// schedule, unsubscribed ones Skipped; test runs: <paramref name="testAddress"/> only), then sends every
    /// delivery not yet Sent/Failed/Skipped, retrying 4xx replies and connection errors with backoff. Safe to call
    /// again after a crash: it continues where the store says it stopped.
    /// </summary>
    Task<DeliveryOutcome> DeliverAsync(EmailReport report, string? testAddress, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the missing delivery rows of readers of a personalised schedule whose parameter set produced no report:
    /// Failed with the reason, or Skipped when they unsubscribed. Nothing is sent.
    /// </summary>
    Task RecordUnsentAsync(Guid executionId, UnsentReaders unsent, CancellationToken cancellationToken);
}
