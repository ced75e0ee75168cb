using System.Net;
using System.Text;
using System.Text.Json;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>GraphQL over Server-Sent Events (distinct connections mode): next events then complete.</summary>
public sealed class ServerSentEventsTests : IClassFixture<SharedServerFixture>
{
    private readonly GraphQLTestServer _server;

    public ServerSentEventsTests(SharedServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task Subscription_over_post_streams_one_next_per_event_then_complete()
    {
        using var client = _server.CreateClient();
        var response = await client.PostQueryAsync("subscription { countdown(from: 2) }", accept: "text/event-stream");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.MediaType());
        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "next", "next", "next", "complete" }, events.Select(e => e.Event));
        Assert.Equal(new[] { 2, 1, 0 }, events.Take(3).Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("data").GetProperty("countdown").GetInt32()));
    }

    [Fact]
    public async Task Subscription_over_get_streams_too()
    {
        using var client = _server.CreateClient();
        var response = await client.GetQueryAsync("subscription { countdown(from: 1) }", accept: "text/event-stream");
        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "next", "next", "complete" }, events.Select(e => e.Event));
    }

    [Fact]
    public async Task A_query_is_one_next_then_complete()
    {
        using var client = _server.CreateClient();
        var response = await client.PostQueryAsync("{ bookTotal }", accept: "text/event-stream");
        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "next", "complete" }, events.Select(e => e.Event));
        Assert.Equal(3, JsonDocument.Parse(events[0].Data).RootElement.GetProperty("data").GetProperty("bookTotal").GetInt32());
    }

    [Fact]
    public async Task Validation_errors_arrive_as_a_next_event_with_errors()
    {
        using var client = _server.CreateClient();
        var response = await client.PostQueryAsync("subscription { nope }", accept: "text/event-stream");
        var events = ParseEvents(await response.Content.ReadAsStringAsync());
        Assert.Equal("next", events[0].Event);
        Assert.Contains("Cannot query field \"nope\"", JsonDocument.Parse(events[0].Data).RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("complete", events[^1].Event);
    }

    [Fact]
    public async Task Malformed_requests_are_refused_before_the_stream_starts()
    {
        using var client = _server.CreateClient();
        var response = await client.PostJsonAsync("{\"nothing\":1}", accept: "text/event-stream");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Closing_the_connection_ends_the_subscription()
    {
        using var client = _server.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent("{\"query\":\"subscription { bookAdded { title } }\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("Accept", "text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        await WaitUntilAsync(() => _server.Library.SubscriberCount == 1);

        _server.Library.Add(new TestSchema.Book { Id = "sse1", Title = "Streamed", AuthorId = "a1" });
        using var reader = new StreamReader(stream);
        // The stream stays open by design: bound the wait so a lost event fails the test instead of hanging the run.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("data: {", StringComparison.Ordinal)) { }
        Assert.Contains("Streamed", line);

        response.Dispose();
        await WaitUntilAsync(() => _server.Library.SubscriberCount == 0);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition());
    }

    private static List<(string Event, string Data)> ParseEvents(string text)
    {
        var events = new List<(string, string)>();
        foreach (var block in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? name = null, data = null;
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data:", StringComparison.Ordinal)) data = line[5..].TrimStart();
            }
            if (name is not null) events.Add((name, data ?? ""));
        }
        return events;
    }
}
