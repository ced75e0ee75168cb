using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Clients;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Web;

/// <summary>
/// The web app in headless Debian Chromium against the real host on a real port, with the sample plugins, the demo
/// data and the real SMTP server: a user's first journey from sign-in to the downloaded PDF (tests/node/web-app.mjs).
/// </summary>
public sealed class WebAppBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const string AppTitle = "content=\"ReportGraph web app\"";
    private readonly TempFolder _folder = new("rg-web");
    private SmtpTestServer _smtp = null!;
    private ApiHost _host = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync(_folder.Combine("smtp"));
        _host = new ApiHost(new Dictionary<string, string?>
        {
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:Smtp:Security"] = "None",
            ["Delivery:Smtp:FromAddress"] = "reports@example.test",
            ["Executions:PollInterval"] = "00:00:00.250",
            // The sample plugins read the demo data set, created in the host's data folder.
            ["Demo:Enabled"] = "true",
            ["DataSources:demo:Provider"] = "Sqlite",
            ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
        });
        _host.Factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _host.Factory.StartServer();
        _base = new Uri(_host.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_user_signs_in_creates_a_weekly_schedule_fixing_a_field_error_runs_it_live_and_downloads_the_pdf()
    {
        Assert.True(File.Exists(Chromium), "Chromium is missing: scripts/install-test-deps.sh installs it.");
        var screenshots = Path.Combine(RepositoryPaths.Root, "docs", "screenshots");
        var report = await NodeClientScript.RunAsync("web-app.mjs", TimeSpan.FromMinutes(4),
            _base.ToString().TrimEnd('/'), ApiHost.AdminEmail, ApiHost.AdminPassword, screenshots, "ada@example.org", "grace@example.org", Chromium);

        var steps = string.Join("\n", report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.True(report.GetProperty("ok").GetBoolean(), $"{report.GetProperty("error")}\n{steps}");
        Assert.Contains("redirected to sign in: /sign-in", steps);
        // The bad address was refused at its field, naming what is wrong with it.
        Assert.Contains("field error: grace at example.org", steps);
        Assert.Contains("preview shows 5 next runs", steps);
        Assert.Contains("live status: Run now Status: SUCCEEDED", steps);
        Assert.Equal("%PDF-", report.GetProperty("pdfHead").GetString());
        Assert.Equal(0, report.GetProperty("phoneOverflow").GetInt32());
        Assert.True(report.GetProperty("violations").GetArrayLength() == 0, "axe-core found serious or critical violations: " + report.GetProperty("violations"));
        // Code-split: the first screen loads at most 250 KB gzip; uncompressed that is well under 900 KB.
        Assert.InRange(report.GetProperty("initialJsBytes").GetInt64(), 1, 900_000);

        // Both recipients got the email.
        var to = string.Join("\n", _smtp.Messages().Select(m => m.Header("To")));
        Assert.Contains("ada@example.org", to, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("grace@example.org", to, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Client_side_routes_load_the_app_and_other_endpoints_keep_their_answers()
    {
        using var http = new HttpClient { BaseAddress = _base };
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
