namespace ReportGraph.Host.Schedules;

/// <summary>A webhook to post every run to.</summary>
/// <param name="Kind">SLACK, TEAMS or JSON.</param>
/// <param name="Url">The endpoint, e.g. "https://hooks.slack.com/services/…"; https (plain http only for private hosts when the host allows them).</param>
/// <param name="Name">A name people recognise, e.g. "#finance".</param>
/// <param name="Secret">
/// JSON only, required there (16–256 characters): the key of the HMAC-SHA256 signature in X-ReportGraph-Signature.
/// Write-only: it is stored encrypted and never shown again.
/// </param>
public sealed record WebhookInput(WebhookKind Kind, string Url, string Name, string? Secret = null);

/// <summary>
/// What the schedule feature needs from whoever sends webhooks (the delivery feature): whether the host may post to
/// a URL at all, and the secrets kept encrypted with that feature's purpose.
/// </summary>
public interface IWebhookTargets
{
    /// <summary>Null when webhooks may be posted to <paramref name="url"/>; otherwise why not, as a sentence.</summary>
    Task<string?> ProblemAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>The secret encrypted for storage.</summary>
    string ProtectSecret(string secret);
}
