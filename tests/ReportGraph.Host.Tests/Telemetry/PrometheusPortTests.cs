using System.Net;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Telemetry;

/// <summary>
/// <c>Telemetry:PrometheusPort</c> on real Kestrel sockets: <c>/metrics</c> answers there without sign-in and nowhere
/// else, the port answers nothing else, and the main port keeps its configured address.
/// </summary>
public sealed class PrometheusPortTests : IDisposable
{
    private readonly int _mainPort = SmtpTestServer.FreePort();
    private readonly int _metricsPort = SmtpTestServer.FreePort();
    private readonly ApiHost _host;
    private readonly HttpClient _http = new();

    public PrometheusPortTests()
    {
        _host = new ApiHost(new Dictionary<string, string?>
        {
            ["urls"] = $"http://127.0.0.1:{_mainPort}",
            ["Telemetry:Prometheus"] = "true",
            ["Telemetry:PrometheusPort"] = _metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _host.Factory.UseKestrel();
        _host.Factory.StartServer();
    }

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
    }

    [Fact]
    public async Task Metrics_is_served_anonymously_only_on_its_own_port()
    {
        var main = $"http://127.0.0.1:{_mainPort}";
        var metrics = $"http://127.0.0.1:{_metricsPort}";

        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(main + "/health/live")).StatusCode);
        var scrape = await _http.GetAsync(metrics + "/metrics");
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var samples = PrometheusSample.Parse(await scrape.Content.ReadAsStringAsync());
        Assert.Contains(samples, s => s.Name == "http_server_request_duration_seconds_count");
        Assert.Contains(samples, s => s.Name.StartsWith("kestrel_", StringComparison.Ordinal)); // real sockets this time

        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(main + "/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(metrics + "/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsync(metrics + "/graphql", ApiClient.Json(new { query = "{ __typename }" }))).StatusCode);

        // The Host header cannot open the metrics on the main port: the socket decides.
        var spoofed = new HttpRequestMessage(HttpMethod.Get, main + "/metrics");
        spoofed.Headers.Host = $"127.0.0.1:{_metricsPort}";
        Assert.Equal(HttpStatusCode.NotFound, (await _http.SendAsync(spoofed)).StatusCode);
    }
}
