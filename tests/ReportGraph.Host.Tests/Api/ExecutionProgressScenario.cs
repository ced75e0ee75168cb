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

/// <summary>One event of <c>executionProgress</c>: the execution's status and each delivery's status and attempts by address.</summary>
public sealed record ProgressEvent(string Status, Dictionary<string, (string Status, int Attempts)> Deliveries)
{
    public override string ToString() =>
        Status + ": " + string.Join(", ", Deliveries.OrderBy(d => d.Key).Select(d => $"{d.Key} {d.Value.Status}/{d.Value.Attempts}"));
}

/// <summary>
/// A member's tutor report to two addresses, one of which the test SMTP server defers once, followed over Server-Sent
/// Events from before the worker takes it to the stream's end. The worker waits for the first event, so the
/// subscription is in place before anything changes.
/// </summary>
public sealed class ExecutionProgressScenario : IAsyncDisposable
{
    public const string Deferred = "deferred@example.org";
    public const string Prompt = "prompt@example.org";
    private const string Subscription = "subscription($id: ID!) { executionProgress(executionId: $id) { status deliveries { email status attempts } } }";
    private readonly TempFolder _folder;
    private readonly SmtpTestServer _smtp;
    private readonly ApiHost _host;

    private ExecutionProgressScenario(TempFolder folder, SmtpTestServer smtp, ApiHost host)
    {
        _folder = folder;
        _smtp = smtp;
        _host = host;
    }

    /// <summary>Starts the SMTP server and the host; <paramref name="settings"/> add to or override the scenario's.</summary>
    public static async Task<ExecutionProgressScenario> StartAsync(string name, IDictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder(name);
        var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"));
        // One temporary refusal keeps a delivery Pending for a retry, a state the stream should show on the way.
        smtp.Defer(Deferred, "451 4.7.1 Try again later", times: 1);
        var values = new Dictionary<string, string?>
        {
            ["Executions:PollInterval"] = "00:10:00",
            ["Executions:MaxConcurrent"] = "1",
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:Smtp:Security"] = "None",
            ["Delivery:Smtp:FromAddress"] = "reports@example.test",
            ["Delivery:InitialBackoff"] = "00:00:00.500",
            ["Delivery:MaxBackoff"] = "00:00:01",
            // The tutor report reads the demo database the host creates in its data folder.
            ["DataSources:demo:Provider"] = "Sqlite",
            ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ExecutionProgressScenario(folder, smtp, new ApiHost(values));
    }

    /// <summary>Creates the schedule, queues a run and returns every event of its stream.</summary>
    public async Task<IReadOnlyList<ProgressEvent>> FollowARunAsync()
    {
        var (owner, _) = await _host.MemberAsync("ann@example.org");
        await owner.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly("Progress", Deferred, Prompt) });
        var executionId = await QueueRunAsync();

        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = ApiClient.Json(new { query = Subscription, variables = new { id = executionId } }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await owner.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var events = new List<ProgressEvent>();
        while (await ReadLineOrEndAsync(reader, timeout.Token) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal) && line.Length > 6)
            {
                var payload = JsonDocument.Parse(line[5..].Trim()).RootElement;
                if (payload.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException("SSE error: " + errors);
                var progress = payload.GetProperty("data").GetProperty("executionProgress");
                events.Add(new ProgressEvent(progress.GetProperty("status").GetString()!, progress.GetProperty("deliveries").EnumerateArray()
                    .ToDictionary(d => d.GetProperty("email").GetString()!, d => (d.GetProperty("status").GetString()!, d.GetProperty("attempts").GetInt32()))));
                if (events.Count == 1) _host.Factory.Services.GetRequiredService<ExecutionSignal>().Notify();
            }

            if (line.StartsWith("event: complete", StringComparison.Ordinal)) break;
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await _smtp.DisposeAsync();
        _folder.Dispose();
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
