using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Deliveries;

/// <summary>Runs <see cref="DeliveryRetries"/> every <see cref="DeliveryOptions.RetryPollInterval"/> on this node.</summary>
internal sealed class DeliveryRetryWorker(DeliveryRetries retries, IOptionsMonitor<DeliveryOptions> options, TimeProvider clock, ILogger<DeliveryRetryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await retries.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store may be briefly unavailable; the deliveries wait in it and the next pass tries again.
                logger.LogError(ex, "A delivery retry pass failed; the next one starts in {Interval}", options.CurrentValue.RetryPollInterval);
            }

            try
            {
                await Task.Delay(options.CurrentValue.RetryPollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
