using System.Globalization;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Web;

/// <summary>
/// What a browser journey runs against: the real host on a real loopback port (a browser cannot reach the in-memory
/// test server) sending its emails to the real test SMTP server, in a folder of its own.
/// </summary>
public sealed class BrowserJourneyHost : IAsyncDisposable
{
    /// <summary>Debian's Chromium, installed by scripts/install-test-deps.sh.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly TempFolder _folder;

    private BrowserJourneyHost(TempFolder folder, SmtpTestServer smtp, ApiHost host, Uri baseUri)
    {
        _folder = folder;
        Smtp = smtp;
        Host = host;
        Base = baseUri;
    }

    public SmtpTestServer Smtp { get; }

    public ApiHost Host { get; }

    /// <summary>The host's address without a trailing slash, as the journeys' scripts take it.</summary>
    public Uri Base { get; }

    public string BaseUrl => Base.ToString().TrimEnd('/');

    /// <summary>
    /// Where the journey's screenshots go: the README's docs/screenshots only when REPORTGRAPH_SCREENSHOTS=update, so
    /// an ordinary test run leaves the working tree as it was (every run's pixels differ a little: clocks, tokens).
    /// </summary>
    public string ScreenshotFolder => Environment.GetEnvironmentVariable("REPORTGRAPH_SCREENSHOTS") == "update"
        ? Path.Combine(RepositoryPaths.Root, "docs", "screenshots")
        : _folder.Combine("screenshots");

    /// <summary>Starts the SMTP server and the host with it as the mail server, plus <paramref name="settings"/>.</summary>
    public static async Task<BrowserJourneyHost> StartAsync(string folderPrefix, IReadOnlyDictionary<string, string?> settings)
    {
        var folder = new TempFolder(folderPrefix);
        var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"));
        var all = new Dictionary<string, string?>(settings)
        {
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Delivery:Smtp:Security"] = "None",
            ["Delivery:Smtp:FromAddress"] = "reports@example.test",
        };
        var host = new ApiHost(all);
        return new BrowserJourneyHost(folder, smtp, host, host.StartOnLoopbackPort());
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Smtp.DisposeAsync();
        _folder.Dispose();
    }
}
