namespace ReportGraph.Host.Delivery;

/// <summary>Counts of an execution's deliveries after a delivery pass.</summary>
/// <param name="Sent">Accepted by the SMTP server.</param>
/// <param name="Failed">Given up (5xx reply, or retries exhausted).</param>
/// <param name="Skipped">Recipient unsubscribed.</param>
public sealed record DeliveryOutcome(int Sent, int Failed, int Skipped);

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
}
