namespace ReportGraph.Host.Deliveries;

/// <summary>Says at start which base URL email links use, and where it comes from, so a wrong one is noticed before mail goes out.</summary>
internal sealed class PublicBaseUrlLog(PublicBaseUrl baseUrl, IHostApplicationLifetime lifetime, ILogger<PublicBaseUrlLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The listening addresses are known only once the server has started.
        lifetime.ApplicationStarted.Register(() =>
        {
            if (baseUrl.IsConfigured)
            {
                logger.LogInformation("Email links use {BaseUrl} (Delivery:PublicBaseUrl)", baseUrl.Value);
            }
            else
            {
                logger.LogInformation("Email links use {BaseUrl}, the address the host listens on; set Delivery:PublicBaseUrl to the address recipients reach it at", baseUrl.Value);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
