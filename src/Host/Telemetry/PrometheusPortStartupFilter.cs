using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Telemetry;

/// <summary>
/// With <c>Telemetry:PrometheusPort</c>: listens on that port too (on the hosts of the configured <c>Urls</c>) and
/// keeps the two apart: the port answers only <c>/metrics</c>, and <c>/metrics</c> is not answered anywhere else.
/// </summary>
internal sealed class PrometheusPortStartupFilter(IOptions<TelemetryOptions> options, ILogger<PrometheusPortStartupFilter> logger) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var port = options.Value.PrometheusPort!.Value;
        AddListenAddresses(app, port);
        app.Use((context, nextMiddleware) =>
        {
            // The connection's local port, not the Host header: a client chooses the header, not the socket it reached.
            var onMetricsPort = context.Connection.LocalPort == port;
            if (onMetricsPort != context.Request.Path.StartsWithSegments(TelemetryOptions.MetricsPath))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    // The host has already put the configured Urls into the server's addresses (it does so before startup filters run);
    // adding ours there keeps them, where an extra Kestrel Listen() would replace them.
    private void AddListenAddresses(IApplicationBuilder app, int port)
    {
        var addresses = app.ServerFeatures.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.IsReadOnly)
        {
            return; // a test server: there is nothing to listen on
        }

        var configured = addresses.Select(BindingAddress.Parse).ToList();
        if (configured.Count == 0)
        {
            logger.LogWarning("Telemetry:PrometheusPort {Port}: no Urls are configured (Kestrel endpoints are), so the port is not added; add a Kestrel endpoint on it.", port);
            return;
        }

        if (configured.Any(a => a.Port == port))
        {
            throw new InvalidOperationException($"Telemetry:PrometheusPort ({port}) must differ from the ports in Urls ({string.Join(";", addresses)}).");
        }

        foreach (var host in configured.Select(a => a.Host).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            addresses.Add($"http://{host}:{port}");
        }
    }
}
