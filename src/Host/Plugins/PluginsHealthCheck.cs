using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReportGraph.Host.Plugins;

/// <summary>Reports plugins that failed to load: the host still serves, so this is Degraded, not Unhealthy.</summary>
internal sealed class PluginsHealthCheck(ReportTypeRegistry registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failures = registry.All.Where(t => !t.IsAvailable)
            .ToDictionary(t => t.Key, t => (object)t.UnavailableReason!);
        var available = registry.All.Count(t => t.IsAvailable);
        if (registry.CatalogError is not null)
        {
            failures["plugins.json"] = registry.CatalogError;
        }

        return Task.FromResult(failures.Count == 0
            ? HealthCheckResult.Healthy($"{available} report type(s) loaded.")
            : HealthCheckResult.Degraded($"{available} report type(s) loaded, {failures.Count} unavailable.", data: failures));
    }
}
