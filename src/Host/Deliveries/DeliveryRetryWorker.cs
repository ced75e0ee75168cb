using Microsoft.Extensions.Options;
using ReportGraph.Host.Deliveries.Webhooks;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Runs <see cref="DeliveryRetries"/> and <see cref="WebhookRetries"/> every <see cref="DeliveryOptions.RetryPollInterval"/> on this node. A failed pass
/// (the store briefly unavailable) loses nothing: the deliveries wait in the store for the next one.
/// </summary>
internal sealed class DeliveryRetryWorker(DeliveryRetries retries, WebhookRetries webhookRetries, IOptionsMonitor<DeliveryOptions> options, TimeProvider clock, ILogger<DeliveryRetryWorker> logger)
    : RecurringWork(clock, logger)
{
    protected override TimeSpan Interval => options.CurrentValue.RetryPollInterval;

    protected override string PassName => "A delivery retry pass";

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        await retries.RunDueAsync(cancellationToken);
        await webhookRetries.RunDueAsync(cancellationToken);
    }
}
