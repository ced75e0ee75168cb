using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// Issue 10 item 8: when a delivery is left to the durable retries, <c>executionProgress</c> goes on through
/// DELIVERING and ends when the retry pass settles the last delivery and completes the execution.
/// </summary>
public sealed class ExecutionProgressRetryTests : IAsyncLifetime
{
    private const string Subscription = "subscription($id: ID!) { executionProgress(executionId: $id) { status deliveries { email status attempts } } }";
    private const string Deferred = "deferred@example.org";
    private const string Prompt = "prompt@example.org";
    private readonly TempFolder _folder = new("rg-progress-retry");
    private SmtpTestServer _smtp = null!;
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync(_folder.Combine("smtp"));
        // One temporary refusal keeps a delivery Pending for a retry, a state the stream should show on the way.
        _smtp.Defer(Deferred, "451 4.7.1 Try again later", times: 1);
        _host = new ApiHost(new Dictionary<string, string?>
        {
            // The worker waits for the test's signal, so the subscription is in place before anything changes.
            ["Executions:PollInterval"] = "00:10:00",
            ["Executions:MaxConcurrent"] = "1",
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:Smtp:Security"] = "None",
            ["Delivery:Smtp:FromAddress"] = "reports@example.test",
            ["Delivery:InitialBackoff"] = "00:00:00.500",
            ["Delivery:MaxBackoff"] = "00:00:01",
            // The run itself tries once; the retry is the store's, made by the background pass.
            ["Delivery:MaxAttempts"] = "1",
            ["Delivery:RetryPollInterval"] = "00:00:00.200",
            // The tutor report reads the demo database the host creates in its data folder.
            ["DataSources:demo:Provider"] = "Sqlite",
            ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
        });
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_stream_shows_the_execution_delivering_while_a_delivery_waits_and_ends_when_the_retry_sends_it()
    {
        var (owner, _) = await _host.MemberAsync("ann@example.org");
        await owner.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly("Progress", Deferred, Prompt) });
        var executionId = await QueueRunAsync();

        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = ApiClient.Json(new { query = Subscription, variables = new { id = executionId } }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await owner.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var events = new List<(string Status, Dictionary<string, (string Status, int Attempts)> Deliveries)>();
        while (await ReadLineOrEndAsync(reader, timeout.Token) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal) && line.Length > 6)
            {
                var payload = JsonDocument.Parse(line[5..].Trim()).RootElement;
                if (payload.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException("SSE error: " + errors);
                var progress = payload.GetProperty("data").GetProperty("executionProgress");
                events.Add((progress.GetProperty("status").GetString()!, progress.GetProperty("deliveries").EnumerateArray()
                    .ToDictionary(d => d.GetProperty("email").GetString()!, d => (d.GetProperty("status").GetString()!, d.GetProperty("attempts").GetInt32()))));
                if (events.Count == 1) _host.Factory.Services.GetRequiredService<ExecutionSignal>().Notify();
            }

            if (line.StartsWith("event: complete", StringComparison.Ordinal)) break;
        }

        static string Show((string Status, Dictionary<string, (string Status, int Attempts)> Deliveries) e) =>
            e.Status + ": " + string.Join(", ", e.Deliveries.OrderBy(d => d.Key).Select(d => $"{d.Key} {d.Value.Status}/{d.Value.Attempts}"));
        var trace = string.Join(" | ", events.Select(Show));
        Assert.True(events.Count >= 3, trace);
        Assert.True(events[0] is { Status: "QUEUED", Deliveries.Count: 0 }, trace);
        Assert.True(Show(events[^1]) == $"SUCCEEDED: {Deferred} SENT/2, {Prompt} SENT/1", trace);
        // On the way: the run is over, the deferred delivery waits in the store for the retry pass.
        Assert.Contains(events, e => e.Status == "DELIVERING" && e.Deliveries.TryGetValue(Deferred, out var d) && d.Status == "PENDING" && d.Attempts == 1
            && e.Deliveries[Prompt].Status == "SENT");
    }

    /// <summary>A manual execution of the schedule written as queued, for the worker to take when signalled.</summary>
    private async Task<string> QueueRunAsync()
    {
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        var schedule = await db.Schedules.SingleAsync();
        var execution = new Execution { ScheduleId = schedule.Id, Trigger = ExecutionTrigger.Manual, Status = ExecutionStatus.Queued, ScheduledFor = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow };
        db.Executions.Add(execution);
        await db.SaveChangesAsync();
        return Api.GlobalIdOf("Execution", execution.Id);
    }

    // The in-process test server reports the end of a finished response stream as an IOException.
    private static async Task<string?> ReadLineOrEndAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
