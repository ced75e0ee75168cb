namespace ReportGraph.Host.Plugins;

/// <summary>Loads the plugins at start, so the first request does not wait for them and problems are logged at once.</summary>
internal sealed class PluginsWarmUp(ReportTypeRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = registry.All; // the registry loads the catalog when first asked
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
