using ReportGraph.GraphQL.Tests.Http;

namespace ReportGraph.GraphQL.Tests.Conformance;

/// <summary>The reference graphql-sse client (GraphQL over SSE, distinct connections mode) against our endpoint.</summary>
public sealed class GraphQLSseClientTests
{
    [Fact]
    public async Task Graphql_sse_client_receives_every_event_and_completion()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var report = await NodeScript.RunAsync("sse-client.mjs", TimeSpan.FromMinutes(1), server.GraphQLUri.ToString(),
            "subscription Count($from: Int!) { countdown(from: $from) }", "{\"from\":3}");
        Assert.True(report.GetProperty("completed").GetBoolean(), report.GetRawText());
        var values = report.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("countdown").GetInt32());
        Assert.Equal(new[] { 3, 2, 1, 0 }, values);
    }

    [Fact]
    public async Task Graphql_sse_client_runs_queries_too()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var report = await NodeScript.RunAsync("sse-client.mjs", TimeSpan.FromMinutes(1), server.GraphQLUri.ToString(), "{ bookTotal }");
        Assert.True(report.GetProperty("completed").GetBoolean(), report.GetRawText());
        Assert.Equal(3, report.GetProperty("events")[0].GetProperty("data").GetProperty("bookTotal").GetInt32());
    }
}
