using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>Pending → Sent | Failed | Skipped (unsubscribed).</summary>
public enum DeliveryStatus
{
    /// <summary>Not final: not yet sent, or waiting for its next attempt (nextAttemptAt) after transient failures.</summary>
    Pending,
    /// <summary>The mail server accepted it (sentAt, messageId).</summary>
    Sent,
    /// <summary>Refused for good, or still failing when retries ended; lastReply has the server's answer.</summary>
    Failed,
    /// <summary>Not sent: the recipient had unsubscribed.</summary>
    Skipped,
}

/// <summary>How a delivery travels.</summary>
public enum DeliveryChannel
{
    /// <summary>An email to one recipient's address.</summary>
    Email,
    /// <summary>An HTTP POST to one of the schedule's webhooks.</summary>
    Webhook,
}

/// <summary>
/// One email of one execution to one address, or one post to one webhook; (ExecutionId, NormalizedEmail) is unique
/// (for a webhook NormalizedEmail is <c>webhook:{id}</c>).
/// </summary>
public sealed class Delivery
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ExecutionId { get; set; }
    public Execution? Execution { get; set; }
    /// <summary>The recipient row, or null for a test sent to the caller.</summary>
    public Guid? RecipientId { get; set; }
    public required string Email { get; set; }
    public required string NormalizedEmail { get; set; }
    public DeliveryStatus Status { get; set; }
    public DeliveryChannel Channel { get; set; }
    /// <summary>Webhooks: the schedule webhook posted to (null once it was removed).</summary>
    public Guid? WebhookId { get; set; }
    /// <summary>Webhooks: where it goes, as shown to people, e.g. <c>SLACK #finance (hooks.slack.com)</c>.</summary>
    public string? Target { get; set; }
    /// <summary>Webhooks: the body, made once so every retry posts the same; removed when the delivery is final.</summary>
    public string? Payload { get; set; }
    public int Attempts { get; set; }
    public string? LastReply { get; set; }
    /// <summary>While Pending: when the next attempt may start (after a transient failure, or the end of an attempt in flight).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
    /// <summary>Set at the first transient failure to that moment plus <c>Delivery:GiveUpAfter</c>; afterwards the delivery is Failed.</summary>
    public DateTimeOffset? RetryUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>The Message-ID header we generated; fixed before the first attempt so retries reuse it.</summary>
    public string? MessageId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Of a personalised schedule: the effective parameters (JSON) of the report this reader gets; null otherwise.</summary>
    public string? ParameterSet { get; set; }
}
