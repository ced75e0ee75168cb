using Microsoft.Extensions.Options;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Telemetry;

/// <summary><c>/metrics</c> in the Prometheus text format, when <c>Telemetry:Prometheus</c> is on.</summary>
public static class TelemetryEndpoints
{
    /// <summary>
    /// Maps <c>/metrics</c>: for admins (session cookie or API key) on the main port, or for anyone who reaches
    /// <c>Telemetry:PrometheusPort</c> when that is set. Nothing is mapped when Prometheus is off.
    /// </summary>
    public static IEndpointRouteBuilder MapTelemetryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (!options.Prometheus)
        {
            return endpoints;
        }

        var scrape = endpoints.MapPrometheusScrapingEndpoint(TelemetryOptions.MetricsPath);
        if (options.PrometheusPort is null)
        {
            // Metrics name report types and show load; members have no business reading them.
            scrape.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(nameof(UserRole.Admin)));
        }

        return endpoints;
    }
}
