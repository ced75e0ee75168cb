using System.Net;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests;

public sealed class HostStartupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_fresh_start_creates_the_data_folder_and_store_and_is_ready_and_a_second_start_reuses_them()
    {
        var data = _folder.Combine("data");
        using (var first = new ReportGraphFactory(data))
        {
            var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("\"store\"", await ready.Content.ReadAsStringAsync());
        }

        Assert.True(File.Exists(Path.Combine(data, "reportgraph.db")));
        var written = File.GetLastWriteTimeUtc(Path.Combine(data, "reportgraph.db"));

        using (var second = new ReportGraphFactory(data))
        {
            Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync("/health/ready")).StatusCode);
        }

        Assert.True(File.Exists(Path.Combine(data, "reportgraph.db")));
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(data, "reportgraph.db")) >= written);
    }

    [Fact]
    public void An_unknown_database_provider_stops_the_start_with_a_message_naming_the_key()
    {
        using var factory = new ReportGraphFactory(_folder.Combine("data"), settings: new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Database", error.ToString());
    }
}
