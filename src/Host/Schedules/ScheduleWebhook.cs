namespace ReportGraph.Host.Schedules;

/// <summary>What a webhook expects: a Slack message, a Teams card, or the signed generic JSON body.</summary>
public enum WebhookKind
{
    /// <summary>A Slack-compatible incoming webhook (also Mattermost, Rocket.Chat).</summary>
    Slack,
    /// <summary>A Microsoft Teams incoming webhook or Workflows "when a webhook request is received": an Adaptive Card.</summary>
    Teams,
    /// <summary>Any HTTPS endpoint: the execution as JSON, signed with HMAC-SHA256 (<c>X-ReportGraph-Signature</c>).</summary>
    Json,
}

/// <summary>A webhook a schedule posts every run to, besides its email recipients.</summary>
public sealed class ScheduleWebhook
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ScheduleId { get; set; }
    public Schedule? Schedule { get; set; }
    public WebhookKind Kind { get; set; }
    /// <summary>A name people recognise, e.g. "#finance".</summary>
    public required string Name { get; set; }
    /// <summary>
    /// The endpoint. Slack and Teams webhook URLs are credentials themselves (anyone holding one may post), so the
    /// API shows only their host.
    /// </summary>
    public required string Url { get; set; }
    /// <summary>The JSON webhook's signing secret, encrypted with Data Protection; null for Slack and Teams.</summary>
    public string? EncryptedSecret { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
