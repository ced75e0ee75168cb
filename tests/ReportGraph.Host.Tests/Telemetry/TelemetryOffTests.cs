using System.Net;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Telemetry;

/// <summary>With the default settings nothing about telemetry is visible.</summary>
public sealed class TelemetryOffTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Metrics_is_404_even_for_an_admin_when_Prometheus_is_off()
    {
        var admin = await _host.AdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Anonymous().Http.GetAsync("/metrics")).StatusCode);
    }
}
