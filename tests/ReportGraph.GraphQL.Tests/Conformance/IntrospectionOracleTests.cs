using ReportGraph.GraphQL.Tests.Http;
using Xunit.Abstractions;

namespace ReportGraph.GraphQL.Tests.Conformance;

/// <summary>
/// graphql-js judges our introspection over HTTP: the full introspection result (every getIntrospectionQuery option on)
/// passes buildClientSchema + validateSchema, our ?sdl passes buildSchema + validateSchema, and graphql-js executing
/// the same introspection query on buildSchema(our SDL) gives exactly our data.
/// </summary>
public sealed class IntrospectionOracleTests
{
    private readonly ITestOutputHelper _output;

    public IntrospectionOracleTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Full_introspection_and_sdl_agree_with_graphql_js()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var report = await NodeScript.RunAsync("introspection-oracle.mjs", TimeSpan.FromMinutes(2), server.GraphQLUri.ToString());
        _output.WriteLine(report.GetRawText());
        var problems = report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, "graphql-js found problems:\n" + string.Join("\n", problems));
        Assert.True(report.GetProperty("typeCount").GetInt32() > 20);
    }
}
