using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Tests.Api;

/// <summary>executionProgress over Server-Sent Events and over graphql-transport-ws, on the real endpoint.</summary>
public sealed class ExecutionProgressTests : IAsyncLifetime
{
    private const string Subscription = "subscription($id: ID!) { executionProgress(executionId: $id) { status } }";
    private readonly ApiHost _host = new(new Dictionary<string, string?> { ["Executions:PollInterval"] = "00:10:00", ["Executions:MaxConcurrent"] = "1" });
    private ApiClient _owner = null!;
    private string _executionId = "";
    private Guid _executionKey;

    public async Task InitializeAsync()
    {
        (_owner, _) = await _host.MemberAsync("ann@example.org");
        var id = (await _owner.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() })).GetProperty("createSchedule").GetProperty("schedule").GetProperty("id").GetString();
        // A queued execution written directly, so the worker (long poll interval, not signalled) leaves it to the test.
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        var schedule = await db.Schedules.SingleAsync();
        var execution = new Execution { ScheduleId = schedule.Id, Trigger = ExecutionTrigger.Manual, Status = ExecutionStatus.Queued, ScheduledFor = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow };
        db.Executions.Add(execution);
        await db.SaveChangesAsync();
        _executionKey = execution.Id;
        _executionId = Api.GlobalIdOf("Execution", execution.Id);
        Assert.NotNull(id);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Moves the execution through Running to Succeeded, announcing each change as the pipeline does.</summary>
    private async Task AdvanceAsync()
    {
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        var events = _host.Factory.Services.GetRequiredService<IExecutionEvents>();
        foreach (var status in new[] { ExecutionStatus.Running, ExecutionStatus.Succeeded })
        {
            await Task.Delay(300);
            await using var db = await dbs.CreateDbContextAsync();
            await db.Executions.Where(e => e.Id == _executionKey).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, status));
            events.Changed(_executionKey);
        }
    }

    [Fact]
    public async Task Progress_arrives_over_server_sent_events_until_the_final_status()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = ApiClient.Json(new { query = Subscription, variables = new { id = _executionId } }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await _owner.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        // The execution moves on only after the first event arrived, so the first event is always the queued state.
        Task? advance = null;
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var statuses = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await ReadLineOrEndAsync(reader, timeout.Token) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal) && line.Length > 6)
            {
                var payload = JsonDocument.Parse(line[5..].Trim()).RootElement;
                if (payload.TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException("SSE error: " + errors);
                if (payload.TryGetProperty("data", out var data))
                {
                    statuses.Add(data.GetProperty("executionProgress").GetProperty("status").GetString()!);
                    advance ??= AdvanceAsync();
                }
            }

            if (line.StartsWith("event: complete", StringComparison.Ordinal)) break;
        }

        await advance!;
        Assert.Equal("QUEUED", statuses[0]);
        Assert.Equal("SUCCEEDED", statuses[^1]);
    }

    [Fact]
    public async Task Progress_arrives_over_graphql_transport_ws_and_strangers_are_refused()
    {
        var client = _host.Factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var cookie = _host.Factory.Server.BaseAddress;
        client.ConfigureRequest = r =>
        {
            var header = string.Join("; ", GetCookies(_owner));
            r.Headers["Cookie"] = header;
        };
        using var socket = await client.ConnectAsync(new Uri(_host.Factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Subscription, variables = new { id = _executionId } } });

        Task? advance = null;
        var statuses = new List<string>();
        while (true)
        {
            var message = await ReceiveAsync(socket);
            var type = message.GetProperty("type").GetString();
            if (type == "next" && message.GetProperty("payload").TryGetProperty("errors", out var errors)) throw new Xunit.Sdk.XunitException("WS error: " + errors);
            if (type == "next")
            {
                statuses.Add(message.GetProperty("payload").GetProperty("data").GetProperty("executionProgress").GetProperty("status").GetString()!);
                advance ??= AdvanceAsync();
            }
            if (type is "complete" or "error") break;
        }

        await advance!;
        Assert.Equal("QUEUED", statuses[0]);
        Assert.Equal("SUCCEEDED", statuses[^1]);
        Assert.NotNull(cookie);

        // Another member cannot follow it: it answers like a missing execution.
        var (stranger, _) = await _host.MemberAsync("eve@example.org");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = ApiClient.Json(new { query = Subscription, variables = new { id = _executionId } }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var refused = await stranger.Http.SendAsync(request);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("NOT_FOUND", text);
        Assert.DoesNotContain("FORBIDDEN", text);
    }

    private IEnumerable<string> GetCookies(ApiClient client)
    {
        // The factory client keeps cookies in its handler; sign in again through a raw request to read the cookie.
        var response = _host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false })
            .PostAsync("/graphql", ApiClient.Json(new { query = "mutation($i: SignInInput!) { signIn(input: $i) { user { email } } }", variables = new { i = new { email = "ann@example.org", password = ApiHost.MemberPassword } } }))
            .GetAwaiter().GetResult();
        Assert.NotNull(client);
        return response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
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

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        if (result.MessageType == WebSocketMessageType.Close)
        {
            throw new Xunit.Sdk.XunitException($"The server closed the socket: {result.CloseStatus} {result.CloseStatusDescription}");
        }

        return JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement.Clone();
    }
}
