using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>Registers webhook delivery (called by <c>AddDelivery</c>, whose options and delivery states it shares).</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>Adds <see cref="WebhookTargets"/> (also as the schedules' <see cref="IWebhookTargets"/>), the client, sender, runner and retries.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.TryAddSingleton<WebhookTargets>();
        services.TryAddSingleton<IWebhookTargets>(sp => sp.GetRequiredService<WebhookTargets>());
        services.TryAddSingleton<WebhookClient>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<WebhookRunner>();
        services.TryAddSingleton<WebhookRetries>();
        return services;
    }
}
