using System.Collections.Concurrent;
using System.Net;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Telemetry;

/// <summary>
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set: traces and metrics arrive at a collector (a local HTTP listener taking
/// OTLP/HTTP protobuf posts), configured only through the standard variables.
/// </summary>
public sealed class OtlpExportTests : IDisposable
{
    private readonly HttpListener _collector = new();
    private readonly ConcurrentQueue<string> _posts = new();
    private readonly ApiHost _host;

    public OtlpExportTests()
    {
        var port = SmtpTestServer.FreePort();
        _collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        _collector.Start();
        _ = ReceiveAsync();
        _host = new ApiHost(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _collector.Close();
    }

    [Fact]
    public async Task Traces_and_metrics_are_posted_to_the_collector()
    {
        var admin = await _host.AdminAsync(); // a few GraphQL requests: server spans, EF Core spans, request metrics
        await admin.DataAsync("{ __typename }");

        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!(_posts.Contains("/v1/traces") && _posts.Contains("/v1/metrics")) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Contains("/v1/traces", _posts);
        Assert.Contains("/v1/metrics", _posts);
        // Prometheus stays off: OTLP alone does not open /metrics.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/metrics")).StatusCode);
    }

    private async Task ReceiveAsync()
    {
        while (_collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _collector.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            await context.Request.InputStream.CopyToAsync(Stream.Null);
            if (context.Request.HttpMethod == "POST" && context.Request.ContentType == "application/x-protobuf")
            {
                _posts.Enqueue(context.Request.Url!.AbsolutePath);
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
