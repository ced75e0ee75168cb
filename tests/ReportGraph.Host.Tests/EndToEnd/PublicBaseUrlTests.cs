using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// Without <c>Delivery:PublicBaseUrl</c>, email links use the address the host actually listens on (a random port
/// here), not a built-in 5080, and the start-up log says so.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PublicBaseUrlTests(TestPlugins plugins)
{
    [Fact]
    public async Task Without_a_public_base_url_email_links_use_the_port_the_host_listens_on()
    {
        using var folder = new TempFolder("rg-e2e-baseurl");
        var data = folder.Combine("data");
        await using var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"));
        var recipient = $"links-{Guid.NewGuid():N}"[..14] + "@example.test";
        var executionId = await HostProcess.QueueRunAsync(data, plugins.CatalogPath, [recipient], TestPlugins.RowsKey, new { rows = 2 });

        await using var host = await HostProcess.StartAsync(data, plugins.CatalogPath, smtp.Port, new Dictionary<string, string?>
        {
            ["Delivery:PublicBaseUrl"] = "", // unset: the base settings' value is replaced by nothing
            ["Scheduler:Enabled"] = "false",
        });
        var message = await Eventually.GetAsync(
            () => Task.FromResult(smtp.MessagesOf(executionId) is [var first, ..] ? first : null),
            TimeSpan.FromSeconds(60), "the email of the run", () => Task.FromResult(host.Tail()));

        var expected = $"http://127.0.0.1:{host.Port}";
        Assert.Equal($"<{expected}/unsubscribe/", message.Header("List-Unsubscribe")?[..(expected.Length + 14)]);
        Assert.Contains($"{expected}/email/unsubscribe/", message.All().First(p => p.MediaType == "text/html").Text);
        Assert.DoesNotContain(":5080", message.All().First(p => p.MediaType == "text/html").Text);
        Assert.Contains(host.Output, l => l.Contains($"Email links use {expected}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "http://127.0.0.1:5123" }, "http://127.0.0.1:5123")]
    [InlineData(new[] { "http://[::]:5123", "https://reports.local:5443" }, "https://reports.local:5443")]
    [InlineData(new[] { "http://0.0.0.0:5123" }, "http://127.0.0.1:5123")]
    [InlineData(new[] { "http://[::]:5123" }, "http://[::1]:5123")]
    [InlineData(new[] { "http://+:5123" }, "http://localhost:5123")]
    [InlineData(new[] { "http://10.0.0.5:80", "https://10.0.0.5:443" }, "https://10.0.0.5")]
    public void The_listening_address_chosen_is_a_specific_one_before_a_wildcard_turned_loopback(string[] addresses, string expected) =>
        Assert.Equal(expected, PublicBaseUrl.Choose(addresses));

    [Fact]
    public void Without_an_http_address_there_is_none_to_choose() =>
        Assert.Null(PublicBaseUrl.Choose(["unix:/tmp/reportgraph.sock"]));
}
