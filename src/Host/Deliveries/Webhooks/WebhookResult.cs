namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>How one webhook post ended.</summary>
/// <param name="Outcome">Accepted (2xx), transient (408, 429, 5xx, timeout, connection failure) or permanent (other answers, refused host).</param>
/// <param name="Reply">e.g. <c>503 Service Unavailable: busy</c>, as recorded on the delivery.</param>
/// <param name="RetryAfter">The receiver's Retry-After, when it sent one with a transient answer.</param>
public sealed record WebhookResult(SendOutcome Outcome, string Reply, TimeSpan? RetryAfter = null);
