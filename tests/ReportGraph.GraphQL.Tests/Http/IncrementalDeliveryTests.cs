using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Hosting;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>
/// @defer and @stream over HTTP: multipart/mixed (boundary "-", as Apollo Client and urql read it) and
/// text/event-stream, each part flushed when produced; JSON-only clients get the whole result at once; errors in a
/// deferred fragment, the time budget and a client going away mid-stream.
/// </summary>
public sealed class IncrementalDeliveryTests
{
    private const string ApolloAccept = "multipart/mixed;deferSpec=20220824,application/graphql-response+json,application/json";

    private static Task<GraphQLTestServer> StartAsync(Action<GraphQLServerBuilder>? configure = null)
        => GraphQLTestServer.StartAsync(g =>
        {
            g.AddIncrementalDelivery().AddTypeExtension<CancellationProbeQuery>();
            configure?.Invoke(g);
        }, configureServices: s => s.AddSingleton<CancellationProbe>());

    [Fact]
    public async Task Multipart_sends_the_initial_result_then_the_deferred_fields_as_parts()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var response = await client.PostQueryAsync("{ bookTotal ... @defer(label: \"slow\") { slow(milliseconds: 50) } }", accept: ApolloAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("multipart/mixed", response.MediaType());
        Assert.Equal("\"-\"", response.Content.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value);
        var body = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\r\n-----\r\n", body, StringComparison.Ordinal);
        var parts = Parts(body);
        Assert.Equal(2, parts.Count);
        Assert.Equal(3, parts[0].GetProperty("data").GetProperty("bookTotal").GetInt32());
        Assert.True(parts[0].GetProperty("hasNext").GetBoolean());
        var pending = parts[0].GetProperty("pending")[0];
        Assert.Equal("slow", pending.GetProperty("label").GetString());
        Assert.Equal("done", parts[1].GetProperty("incremental")[0].GetProperty("data").GetProperty("slow").GetString());
        Assert.Equal(pending.GetProperty("id").GetString(), parts[1].GetProperty("completed")[0].GetProperty("id").GetString());
        Assert.False(parts[1].GetProperty("hasNext").GetBoolean());
    }

    [Fact]
    public async Task Event_stream_sends_each_payload_as_a_next_event_then_complete()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var response = await client.PostQueryAsync("{ authors { name books @stream(initialCount: 1) { title } } }", accept: "text/event-stream");

        Assert.Equal("text/event-stream", response.MediaType());
        var body = await response.Content.ReadAsStringAsync();
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(e => !e.StartsWith(':')).ToList();
        Assert.Equal("event: complete\ndata: ", events[^1]);
        var payloads = events[..^1].Select(e => JsonDocument.Parse(e["event: next\ndata: ".Length..]).RootElement).ToList();
        Assert.True(payloads.Count >= 2);
        Assert.True(payloads[0].GetProperty("hasNext").GetBoolean());
        Assert.False(payloads[^1].GetProperty("hasNext").GetBoolean());
        Assert.Contains(payloads.Skip(1), p => p.TryGetProperty("incremental", out var inc) && inc[0].TryGetProperty("items", out _));
    }

    [Fact]
    public async Task A_client_accepting_only_json_gets_the_whole_result_at_once()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var response = await client.PostQueryAsync("{ bookTotal ... @defer { slow(milliseconds: 10) } }", accept: "application/json");

        Assert.Equal("application/json", response.MediaType());
        var body = await response.JsonAsync();
        Assert.Equal("done", body.GetProperty("data").GetProperty("slow").GetString());
        Assert.False(body.TryGetProperty("hasNext", out _));
        Assert.False(body.TryGetProperty("pending", out _));
    }

    [Fact]
    public async Task An_error_inside_a_deferred_fragment_is_reported_in_its_part()
    {
        await using var server = await StartAsync();
        using var client = server.CreateClient();

        var response = await client.PostQueryAsync("{ bookTotal ... @defer { failing } }", accept: ApolloAccept);

        var parts = Parts(await response.Content.ReadAsStringAsync());
        Assert.False(parts[0].TryGetProperty("errors", out _));
        var incremental = parts[1].GetProperty("incremental")[0];
        Assert.Equal(JsonValueKind.Null, incremental.GetProperty("data").GetProperty("failing").ValueKind);
        var error = incremental.GetProperty("errors")[0];
        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString()); // no internals leak
        Assert.Equal("failing", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Deferred_work_beyond_the_time_budget_completes_with_a_timeout_error()
    {
        await using var server = await StartAsync(g => g.ModifyOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(500)));
        using var client = server.CreateClient();

        var response = await client.PostQueryAsync("{ bookTotal ... @defer { slow(milliseconds: 20000) } }", accept: ApolloAccept);

        var parts = Parts(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, parts.Count);
        var completed = parts[1].GetProperty("completed")[0];
        Assert.Equal("EXECUTION_TIMEOUT", completed.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(parts[1].GetProperty("hasNext").GetBoolean());
    }

    [Fact]
    public async Task A_client_going_away_mid_stream_cancels_the_deferred_work()
    {
        await using var server = await StartAsync();
        var probe = server.Services.GetRequiredService<CancellationProbe>();
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "{ bookTotal ... @defer { waitForCancel } }" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(ApolloAccept);

        using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
        {
            // The initial part arrives while the deferred field is still running: it was flushed on its own.
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[4096];
            var read = await stream.ReadAsync(buffer);
            Assert.Contains("\"bookTotal\":3", Encoding.UTF8.GetString(buffer, 0, read), StringComparison.Ordinal);
            await probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }

        // Disposing the response closed the connection: the resolver sees its cancellation.
        await probe.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>The JSON parts of a multipart/mixed body with boundary "-".</summary>
    private static List<JsonElement> Parts(string body)
        => body.Split("\r\n---", StringSplitOptions.None)
            .Select(part => part.Split("\r\n\r\n", 2))
            .Where(split => split.Length == 2 && split[1].Length > 0)
            .Select(split => JsonDocument.Parse(split[1]).RootElement)
            .ToList();
}

/// <summary>Records that a resolver started and was cancelled.</summary>
public sealed class CancellationProbe
{
    /// <summary>Set when the resolver runs.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when its cancellation token fires.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A field that waits until the request is cancelled.</summary>
[ExtendObjectType("Query")]
public sealed class CancellationProbeQuery
{
    /// <summary>Waits for cancellation (at most a minute) and records it.</summary>
    public async Task<string> WaitForCancelAsync([Service] CancellationProbe probe, CancellationToken cancellationToken)
    {
        probe.Started.TrySetResult();
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            probe.Cancelled.TrySetResult();
            throw;
        }
        return "not cancelled";
    }
}
