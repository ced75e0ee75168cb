using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// One attempt of one webhook delivery, as the run and the durable retries both make it: claimed through
/// <see cref="DeliveryStates"/> (so two runners never post the same delivery twice), posted with its stored body
/// (a JSON webhook's signature is made fresh for each attempt, so its timestamp is current), and recorded. 2xx is
/// Sent; 408, 429, 5xx, timeouts and connection failures wait for a retry (never sooner than the receiver's
/// Retry-After) until <see cref="DeliveryOptions.GiveUpAfter"/>; every other answer is final.
/// </summary>
public sealed class WebhookSender(
    IDbContextFactory<ReportGraphDbContext> dbs,
    WebhookClient client,
    WebhookTargets targets,
    DeliveryStates states,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<WebhookSender> logger)
{
    /// <summary>The delivery's id header, the same on every retry, so receivers can drop a repeat.</summary>
    public const string DeliveryHeader = "X-ReportGraph-Delivery";

    /// <summary>Makes one attempt if this runner can claim it; null when another runner holds it or it is no longer pending.</summary>
    public async Task<WebhookResult?> AttemptAsync(Delivery delivery, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        if (delivery.Status != DeliveryStatus.Pending || !await states.ClaimAttemptAsync(delivery, settings.WebhookTimeout, ct))
        {
            return null;
        }

        var attempt = delivery.Attempts + 1;
        var result = await PostAsync(delivery, ct);
        var executionId = delivery.ExecutionId;
        switch (result.Outcome)
        {
            case SendOutcome.Accepted:
                await FinishAsync(executionId, delivery.Id, DeliveryStatus.Sent, result.Reply, ct);
                break;
            case SendOutcome.Permanent:
                logger.LogWarning("Webhook delivery {DeliveryId} of execution {ExecutionId} failed: {Reply}", delivery.Id, executionId, result.Reply);
                await FinishAsync(executionId, delivery.Id, DeliveryStatus.Failed, result.Reply, ct);
                break;
            default:
                var now = clock.GetUtcNow();
                var retryUntil = delivery.RetryUntil ?? now + settings.GiveUpAfter;
                if (now >= retryUntil)
                {
                    logger.LogWarning("Webhook delivery {DeliveryId} of execution {ExecutionId} given up after {Attempts} attempts: {Reply}", delivery.Id, executionId, attempt, result.Reply);
                    await FinishAsync(executionId, delivery.Id, DeliveryStatus.Failed, DeliveryStates.GaveUp(attempt, settings.GiveUpAfter, result.Reply), ct);
                    break;
                }

                var delay = RetryBackoff.Delay(attempt, settings.InitialBackoff, settings.MaxBackoff, Random.Shared);
                if (result.RetryAfter is { } asked && asked > delay)
                {
                    delay = asked; // the receiver said when it can take it again
                }

                var next = now + delay < retryUntil ? now + delay : retryUntil;
                logger.LogInformation("Webhook delivery {DeliveryId} attempt {Attempt} failed ({Reply}); retrying at {Next:O}.", delivery.Id, attempt, result.Reply, next);
                await states.ScheduleRetryAsync(executionId, delivery.Id, result.Reply, next, retryUntil, ct);
                break;
        }

        return result;
    }

    /// <summary>Makes the delivery final and drops its stored body: the links in it should not outlive their use.</summary>
    public async Task FinishAsync(Guid executionId, Guid deliveryId, DeliveryStatus status, string reply, CancellationToken ct)
    {
        await states.FinishAsync(executionId, deliveryId, status, reply, ct);
        await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
        await db.Deliveries.Where(d => d.Id == deliveryId && d.Status != DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Payload, (string?)null), CancellationToken.None);
    }

    private async Task<WebhookResult> PostAsync(Delivery delivery, CancellationToken ct)
    {
        ScheduleWebhook? webhook;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            webhook = await db.ScheduleWebhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == delivery.WebhookId, ct);
        }

        if (webhook is null)
        {
            return new WebhookResult(SendOutcome.Permanent, "Not sent: the webhook was removed from the schedule.");
        }

        if (delivery.Payload is not { } body)
        {
            return new WebhookResult(SendOutcome.Permanent, "Not sent: the message kept for this attempt is missing.");
        }

        var headers = new Dictionary<string, string> { [DeliveryHeader] = GlobalId.Encode("Delivery", delivery.Id) };
        if (webhook.EncryptedSecret is { } encrypted)
        {
            try
            {
                headers[WebhookSignature.Header] = WebhookSignature.Sign(targets.UnprotectSecret(encrypted), clock.GetUtcNow(), body);
            }
            catch (CryptographicException)
            {
                return new WebhookResult(SendOutcome.Permanent, "Not sent: the webhook's secret cannot be decrypted with this host's Data Protection keys; remove the webhook and add it again with its secret.");
            }
        }

        using var activity = Operations.ReportGraphTelemetry.ActivitySource.StartActivity("webhook.post");
        activity?.SetTag("reportgraph.delivery.id", delivery.Id);
        return await client.PostAsync(new Uri(webhook.Url), body, headers, ct);
    }
}
