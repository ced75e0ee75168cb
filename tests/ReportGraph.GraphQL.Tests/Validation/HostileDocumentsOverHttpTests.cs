using System.Diagnostics;
using System.Net;
using ReportGraph.GraphQL.Tests.Http;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>
/// Issue 10.1 over HTTP: the whole hostile corpus against a server configured like the host (MaxDepth 12, MaxCost 20 000,
/// introspection only for some callers) is answered with 200 or refused with a 4xx and a clear message — never a 500,
/// never a hang — and the server spends little CPU on it.
/// </summary>
public sealed class HostileDocumentsOverHttpTests
{
    [Fact]
    public async Task Every_hostile_document_is_answered_or_refused_with_a_4xx_and_a_message()
    {
        await using var server = await GraphQLTestServer.StartAsync(g => g.ModifyOptions(o =>
        {
            o.MaxDepth = 12;
            o.MaxCost = 20_000;
            o.AllowIntrospection(_ => false);
        }));
        using var client = server.CreateClient();
        var corpus = HostileDocuments.Corpus().ToList();
        Assert.True(corpus.Count >= 100, $"only {corpus.Count} documents");

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var problems = new List<string>();
        foreach (var (name, query) in corpus)
        {
            using var response = await client.PostQueryAsync(query);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.OK) continue;
            if (status is < 400 or >= 500)
            {
                problems.Add($"{name}: HTTP {status} {await response.Content.ReadAsStringAsync()}");
                continue;
            }
            var body = await response.JsonAsync();
            if (string.IsNullOrWhiteSpace(body.FirstErrorMessage())) problems.Add($"{name}: HTTP {status} without a message");
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        Assert.Empty(problems);
        // The process's CPU (client, server and whatever else the test run does meanwhile): a loose bound that an
        // exponential walk (seconds per document from n=22 on) cannot meet.
        Assert.True(cpu < TimeSpan.FromSeconds(20), $"{cpu.TotalSeconds:0.0} s of CPU for {corpus.Count} documents.");
    }
}
