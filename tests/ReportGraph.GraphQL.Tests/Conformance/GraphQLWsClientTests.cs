using ReportGraph.GraphQL.Tests.Http;

namespace ReportGraph.GraphQL.Tests.Conformance;

/// <summary>The reference graphql-ws client (graphql-transport-ws) against our WebSocket endpoint.</summary>
public sealed class GraphQLWsClientTests
{
    [Fact]
    public async Task Graphql_ws_client_receives_every_event_and_completion()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var report = await NodeScript.RunAsync("ws-client.mjs", TimeSpan.FromMinutes(1), server.WebSocketUri.ToString(),
            "subscription Count($from: Int!) { countdown(from: $from) }", "{\"from\":3}");
        Assert.True(report.GetProperty("completed").GetBoolean(), report.GetRawText());
        var values = report.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("countdown").GetInt32());
        Assert.Equal(new[] { 3, 2, 1, 0 }, values);
    }

    [Fact]
    public async Task Graphql_ws_client_gets_validation_errors()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var report = await NodeScript.RunAsync("ws-client.mjs", TimeSpan.FromMinutes(1), server.WebSocketUri.ToString(), "subscription { nope }");
        Assert.False(report.GetProperty("completed").GetBoolean());
        Assert.Contains("Cannot query field \\\"nope\\\"", report.GetProperty("error").GetRawText());
    }
}
