using ReportGraph.GraphQL.Tests.Http;
using Xunit.Abstractions;

namespace ReportGraph.GraphQL.Tests.Conformance;

/// <summary>graphql-http's audit suite (auditServer) against our server: every audit must pass, with no errors and no warnings.</summary>
public sealed class GraphQLOverHttpAuditTests
{
    private readonly ITestOutputHelper _output;

    public GraphQLOverHttpAuditTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Audit_has_no_errors_and_no_warnings()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        var report = await NodeScript.RunAsync("http-audit.mjs", TimeSpan.FromMinutes(2), server.GraphQLUri.ToString());

        var results = report.GetProperty("results").EnumerateArray().ToList();
        foreach (var r in results)
        {
            _output.WriteLine($"{r.GetProperty("status").GetString(),-5} {r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}"
                + (r.TryGetProperty("reason", out var reason) ? $" — {reason.GetString()} {(r.TryGetProperty("response", out var resp) ? resp.GetRawText() : "")}" : ""));
        }

        Assert.True(results.Count > 50, $"expected the full audit suite, got {results.Count} results");
        var notOk = results.Where(r => r.GetProperty("status").GetString() != "ok")
            .Select(r => $"{r.GetProperty("status").GetString()} {r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}: {r.GetProperty("reason").GetString()}").ToList();
        Assert.True(notOk.Count == 0, "Audits not ok:\n" + string.Join("\n", notOk));
    }
}
