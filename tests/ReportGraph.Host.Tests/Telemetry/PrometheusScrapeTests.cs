using System.Net;
using System.Net.Http.Headers;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Telemetry;

/// <summary>
/// <c>Telemetry:Prometheus=true</c> on the real host: a report runs, then <c>/metrics</c> is scraped as an admin and shows
/// the project's execution metrics and ASP.NET Core's; anonymous callers get 401 and members 403.
/// </summary>
public sealed class PrometheusScrapeTests : IDisposable
{
    private readonly ApiHost _host = new(new Dictionary<string, string?>
    {
        ["Telemetry:Prometheus"] = "true",
        // No SMTP server: the emails go to files, so the run finishes at once instead of retrying.
        ["Delivery:OutboxDirectory"] = "outbox",
        // The sample report reads the demo database that the host seeds in its data folder.
        ["DataSources:demo:Provider"] = "Sqlite",
        ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_admin_scrape_after_a_run_shows_the_execution_metrics_and_http_server_durations()
    {
        var admin = await _host.AdminAsync();
        var scheduleId = (await admin.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() }))
            .GetProperty("createSchedule").GetProperty("schedule").GetProperty("id").GetString();
        var executionId = (await admin.DataAsync("mutation($i: RunScheduleNowInput!) { runScheduleNow(input: $i) { execution { id } } }", new { i = new { id = scheduleId } }))
            .GetProperty("runScheduleNow").GetProperty("execution").GetProperty("id").GetString();
        Assert.Equal("SUCCEEDED ", await FinalStatusAsync(admin, executionId!));

        // The counter is recorded just after the final status is stored; the exporter also caches a scrape briefly.
        var samples = await ScrapeUntilAsync(admin, s => s.Any(x => x.Name == "reportgraph_executions_total"));

        var executions = samples.Where(s => s.Name == "reportgraph_executions_total").ToList();
        Assert.Contains(executions, s => s.Labels.GetValueOrDefault("status") == "Succeeded" && s.Labels.GetValueOrDefault("trigger") == "Manual" && s.Value >= 1);

        var durationCount = Assert.Single(samples, s => s.Name == "reportgraph_execution_duration_seconds_count" && s.Labels.GetValueOrDefault("status") == "Succeeded");
        Assert.True(durationCount.Value >= 1);
        var buckets = samples.Where(s => s.Name == "reportgraph_execution_duration_seconds_bucket" && s.Labels.GetValueOrDefault("status") == "Succeeded").ToList();
        Assert.True(buckets.Count > 2, "the duration histogram has buckets");
        Assert.Equal(durationCount.Value, buckets.Single(b => b.Labels["le"] == "+Inf").Value);
        var sum = Assert.Single(samples, s => s.Name == "reportgraph_execution_duration_seconds_sum" && s.Labels.GetValueOrDefault("status") == "Succeeded");
        Assert.InRange(sum.Value, 0, 120);

        Assert.Contains(samples, s => s.Name == "reportgraph_deliveries_total" && s.Labels.GetValueOrDefault("status") == "Sent" && s.Value >= 1);

        // Rendering per format (the schedule asks for PDF and XLSX) and the queue lag of the manual run.
        Assert.Contains(samples, s => s.Name == "reportgraph_render_duration_seconds_count" && s.Labels.GetValueOrDefault("format") == "Pdf" && s.Value >= 1);
        Assert.Contains(samples, s => s.Name == "reportgraph_execution_queue_lag_seconds_count" && s.Value >= 1);

        // ASP.NET Core's own meter: the GraphQL requests made above.
        Assert.Contains(samples, s => s.Name == "http_server_request_duration_seconds_count" && s.Labels.GetValueOrDefault("http_route") == "/graphql" && s.Value >= 3);

        // The resource: service name and this node's id.
        Assert.Contains(samples, s => s.Name == "target_info" && s.Labels.GetValueOrDefault("service_name") == "reportgraph" && s.Labels.ContainsKey("service_instance_id"));
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_members_403_by_cookie_or_api_key_while_an_admin_key_may_scrape()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous().Http.GetAsync("/metrics")).StatusCode);

        var (member, _) = await _host.MemberAsync("mo@example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Http.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ScrapeWithKeyAsync(await CreateKeyAsync(member))).StatusCode);

        var admin = await _host.AdminAsync();
        var byKey = await ScrapeWithKeyAsync(await CreateKeyAsync(admin));
        Assert.Equal(HttpStatusCode.OK, byKey.StatusCode);
        Assert.StartsWith("text/plain", byKey.Content.Headers.ContentType?.MediaType);

        // The rest of the app is unchanged for anonymous callers.
        Assert.Equal(HttpStatusCode.OK, (await _host.Anonymous().Http.GetAsync("/health/live")).StatusCode);
    }

    private async Task<HttpResponseMessage> ScrapeWithKeyAsync(string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await _host.Factory.CreateClient().SendAsync(request);
    }

    private static async Task<string> CreateKeyAsync(ApiClient client) =>
        (await client.DataAsync("mutation { createApiKey(input: { name: \"prometheus\" }) { secret } }")).GetProperty("createApiKey").GetProperty("secret").GetString()!;

    /// <summary>The final status and error message, e.g. "SUCCEEDED ".</summary>
    private static async Task<string> FinalStatusAsync(ApiClient client, string executionId)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (true)
        {
            var execution = (await client.DataAsync("query($id: ID!) { execution(id: $id) { status errorMessage } }", new { id = executionId })).GetProperty("execution");
            var status = execution.GetProperty("status").GetString()!;
            if (status is not ("QUEUED" or "RUNNING")) return status + " " + execution.GetProperty("errorMessage");
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"The execution is still {status}.");
            await Task.Delay(200);
        }
    }

    private static async Task<IReadOnlyList<PrometheusSample>> ScrapeUntilAsync(ApiClient client, Func<IReadOnlyList<PrometheusSample>, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (true)
        {
            var response = await client.Http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var samples = PrometheusSample.Parse(await response.Content.ReadAsStringAsync());
            if (done(samples) || DateTimeOffset.UtcNow > deadline) return samples;
            await Task.Delay(400);
        }
    }
}
