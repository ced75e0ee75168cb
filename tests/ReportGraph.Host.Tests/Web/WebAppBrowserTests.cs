using System.Net;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Clients;

namespace ReportGraph.Host.Tests.Web;

/// <summary>
/// The web app in headless Debian Chromium against the real host on a real port, with the sample plugins, the demo
/// data and the real SMTP server: a user's first journey from sign-in through preview, a live run and the downloaded PDF
/// to a reader downloading the PDF from the email's download page and unsubscribing from the emailed link, and the next
/// run skipping them (tests/node/web-app.mjs).
/// </summary>
public sealed class WebAppBrowserTests : IAsyncLifetime
{
    private const string AppTitle = "content=\"ReportGraph web app\"";
    private BrowserJourneyHost _journey = null!;

    public async Task InitializeAsync() => _journey = await BrowserJourneyHost.StartAsync("rg-web", new Dictionary<string, string?>
    {
        ["Executions:PollInterval"] = "00:00:00.250",
        // Every file goes by link, so the email carries a download link to the app's page.
        ["Delivery:MaxAttachmentBytes"] = "0",
        // The sample plugins read the demo data set, created in the host's data folder.
        ["Demo:Enabled"] = "true",
        ["DataSources:demo:Provider"] = "Sqlite",
        ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
    });

    public async Task DisposeAsync() => await _journey.DisposeAsync();

    [Fact]
    public async Task A_user_creates_previews_runs_and_deletes_a_schedule_and_a_reader_unsubscribes_from_the_email_in_the_app()
    {
        Assert.True(File.Exists(BrowserJourneyHost.Chromium), "Chromium is missing: scripts/install-test-deps.sh installs it.");
        var screenshots = _journey.ScreenshotFolder;
        var report = await NodeClientScript.RunAsync("web-app.mjs", TimeSpan.FromMinutes(4),
            _journey.BaseUrl, ApiHost.AdminEmail, ApiHost.AdminPassword, screenshots, "ada@example.org", "grace@example.org", BrowserJourneyHost.Chromium, _journey.Smtp.MailDirectory);

        var steps = string.Join("\n", report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.True(report.GetProperty("ok").GetBoolean(), $"{report.GetProperty("error")}\n{steps}");
        Assert.Contains("redirected to sign in: /sign-in", steps);
        // The bad address was refused at its field, naming what is wrong with it.
        Assert.Contains("field error: grace at example.org", steps);
        Assert.Contains("preview shows 5 next runs", steps);
        Assert.Contains("preview pdf: 200 %PDF-", steps);
        Assert.Matches(@"preview html: \S", steps);
        Assert.Contains("subject example: Example: Student report — ", steps);
        Assert.Contains("live status: Run now Status: SUCCEEDED", steps);
        // The email's download link opens the app's page (signed out), which shows the file and downloads it.
        Assert.Contains("email download link: /email/files/…", steps);
        Assert.Matches(@"download page: Download your report .*\.pdf PDF Size: [\d.,]+\s?\S+ .* Report: Weekly report for student 7 .* Link works until: ", steps);
        Assert.Contains("downloaded from the email page: ", steps);
        Assert.Contains("broken download link: It may have been copied incompletely", steps);
        Assert.Equal("%PDF-", report.GetProperty("emailedPdfHead").GetString());
        Assert.Contains("email link: /email/unsubscribe/…", steps);
        Assert.Contains("unsubscribed: You have been unsubscribed from “Weekly report for student 7”", steps);
        Assert.Contains("second run: Run now Status: SUCCEEDED", steps);
        Assert.Contains("emails after the second run: ada@example.org 1→1, grace@example.org 1→2", steps);
        Assert.Contains("test: Test email Status: SUCCEEDED", steps);
        Assert.Contains("deleted: 0 left", steps);
        Assert.Equal("%PDF-", report.GetProperty("pdfHead").GetString());
        Assert.Equal(0, report.GetProperty("phoneOverflow").GetInt32());
        Assert.True(report.GetProperty("violations").GetArrayLength() == 0, "axe-core found serious or critical violations: " + report.GetProperty("violations"));
        // Code-split: the first screen loads at most 250 KB gzip; uncompressed that is well under 900 KB.
        Assert.InRange(report.GetProperty("initialJsBytes").GetInt64(), 1, 900_000);

        // Both recipients got the first run's email; the second went to the one still subscribed; the test to the user.
        var to = _journey.Smtp.Messages().Select(m => (To: m.Header("To") ?? "", Subject: m.Header("Subject") ?? "")).ToList();
        Assert.Single(to, m => m.To.Contains("ada@example.org", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, to.Count(m => m.To.Contains("grace@example.org", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(to, m => m.To.Contains(ApiHost.AdminEmail, StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("[Test]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Client_side_routes_load_the_app_and_other_endpoints_keep_their_answers()
    {
        using var http = new HttpClient { BaseAddress = _journey.Base };
        var deep = await http.GetAsync(new Uri("/schedules/abc", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, deep.StatusCode);
        Assert.Contains(AppTitle, await deep.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", deep.Headers.GetValues("Content-Security-Policy").Single());

        var missingFile = await http.GetAsync(new Uri("/assets/nothing-here.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missingFile.StatusCode);
        var health = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain(AppTitle, await health.Content.ReadAsStringAsync());
        using var ide = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        ide.Headers.Accept.ParseAdd("text/html");
        var idePage = await http.SendAsync(ide);
        Assert.DoesNotContain(AppTitle, await idePage.Content.ReadAsStringAsync());
    }
}
