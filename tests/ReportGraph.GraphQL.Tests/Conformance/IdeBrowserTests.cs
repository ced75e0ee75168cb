using ReportGraph.GraphQL.Tests.Http;
using Xunit.Abstractions;

namespace ReportGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Opens Banana Cake Pop at /graphql in headless Debian Chromium (apt-get install chromium), runs a query from the IDE
/// and sees the result; requests leaving 127.0.0.1 are blocked, so the IDE must work offline. The screenshot becomes
/// docs/images/ide.png when that is missing or REPORTGRAPH_UPDATE_SCREENSHOTS=1.
/// </summary>
public sealed class IdeBrowserTests
{
    private readonly ITestOutputHelper _output;

    public IdeBrowserTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Ide_loads_and_runs_a_query_in_headless_chromium()
    {
        const string chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), "Chromium is missing: apt-get install chromium (scripts/install-test-deps.sh does it).");
        RepositoryPaths.AssertIdeFilesInstalled();
        await using var server = await GraphQLTestServer.StartAsync();
        var screenshot = Path.Combine(Path.GetTempPath(), $"reportgraph-ide-{Guid.NewGuid():N}.png");

        var report = await NodeScript.RunAsync("ide-browser.mjs", TimeSpan.FromMinutes(3), server.GraphQLUri.ToString(), screenshot, chromium);
        _output.WriteLine(report.GetRawText());

        Assert.True(report.GetProperty("ok").GetBoolean(), report.GetRawText());
        Assert.Contains("A Wizard of Earthsea", report.GetProperty("resultText").GetString());
        Assert.True(report.GetProperty("graphqlRequests").GetInt32() > 0);
        Assert.True(File.Exists(screenshot));

        // The picture in the docs is refreshed on request only, so test runs leave the working tree clean.
        var documented = Path.Combine(RepositoryPaths.Root, "docs", "images", "ide.png");
        if (!File.Exists(documented) || Environment.GetEnvironmentVariable("REPORTGRAPH_UPDATE_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(documented)!);
            File.Copy(screenshot, documented, overwrite: true);
        }
        File.Delete(screenshot);
    }
}
