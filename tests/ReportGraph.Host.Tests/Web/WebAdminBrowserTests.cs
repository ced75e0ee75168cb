using System.Globalization;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Clients;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Web;

/// <summary>
/// The web app's admin and account screens in headless Debian Chromium against the real host on a real port and the
/// real SMTP server (tests/node/web-admin.mjs): invite a user who reads the email, sets a password and signs in; an API
/// key created and revoked; roles, ending sessions, disabling; SMTP settings tested and saved; report types.
/// </summary>
public sealed class WebAdminBrowserTests : IAsyncLifetime
{
    private BrowserJourneyHost _journey = null!;

    public async Task InitializeAsync() => _journey = await BrowserJourneyHost.StartAsync("rg-web-admin", new Dictionary<string, string?>
    {
        // The SMTP settings screen tests against the local test server (and a closed local port).
        ["Delivery:AllowPrivateSmtpHosts"] = "true",
    });

    public async Task DisposeAsync() => await _journey.DisposeAsync();

    [Fact]
    public async Task An_admin_invites_a_user_who_signs_in_manages_keys_sessions_and_smtp_settings_in_the_browser()
    {
        Assert.True(File.Exists(BrowserJourneyHost.Chromium), "Chromium is missing: scripts/install-test-deps.sh installs it.");
        var screenshots = _journey.ScreenshotFolder;
        var report = await NodeClientScript.RunAsync("web-admin.mjs", TimeSpan.FromMinutes(4),
            _journey.BaseUrl, ApiHost.AdminEmail, ApiHost.AdminPassword, screenshots, _journey.Smtp.MailDirectory,
            _journey.Smtp.Port.ToString(CultureInfo.InvariantCulture), SmtpTestServer.FreePort().ToString(CultureInfo.InvariantCulture), BrowserJourneyHost.Chromium);

        var steps = string.Join("\n", report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.True(report.GetProperty("ok").GetBoolean(), $"{report.GetProperty("error")}\n{steps}");
        Assert.Contains("keyboard reached \"Admin\"", steps);
        Assert.Contains("admin opened Users by keyboard", steps);
        Assert.Contains("keyboard reached \"Change password\"", steps);
        // Invitation: a bad address is refused at its field, then the invited user gets in through the email's link.
        Assert.Contains("invite field error: ", steps);
        Assert.Contains("listed as invited", steps);
        Assert.Contains("invited user signed in", steps);
        Assert.Contains("member sees Admin menu: 0", steps);
        Assert.Contains("member on /admin/users: Not allowed", steps);
        Assert.Contains("member account lists 1 session(s)", steps);
        // The API key: the secret once, working, then 401 after the confirmed revoke.
        Assert.Contains("key works: 200", steps);
        Assert.Contains("secret shown again after reload: false", steps);
        Assert.Contains("revoked key: 401", steps);
        // Users: the last admin stays admin; ending sessions and disabling sign the user out at their next request.
        Assert.Matches("demote last admin: .*admin", steps);
        Assert.Contains("role changed to admin and back", steps);
        Assert.Contains("end sessions: Ended 1 session(s)", steps);
        Assert.Contains("after end sessions the user is at /sign-in", steps);
        Assert.Contains("disable: Disabled", steps);
        Assert.Contains("disabled user signing in: ", steps);
        Assert.Contains("deleted the user", steps);
        // SMTP: the failed step is named; the password never comes back.
        Assert.Contains("test closed port: The connection test failed at: Connect (CONNECT)", steps);
        Assert.Contains("test SMTP server: worked", steps);
        Assert.Contains("after reload the password field holds \"\", page has the password: false", steps);
        Assert.Contains("change password with a wrong current one: ", steps);
        Assert.Matches(@"report types: [1-9]\d*, available: [1-9]", steps);
        Assert.Equal(0, report.GetProperty("phoneOverflow").GetInt32());
        Assert.True(report.GetProperty("violations").GetArrayLength() == 0, "axe-core found serious or critical violations: " + report.GetProperty("violations"));
        // The first screen's JavaScript (the entry chunk), gzip: at most 250 KB; the admin screens are separate chunks.
        Assert.InRange(report.GetProperty("initialJsGzipBytes").GetInt64(), 1, 250 * 1024);

        // The invitation went through the real SMTP server to the invited address.
        var invitation = _journey.Smtp.Messages().Single(m => m.Header("To")?.Contains("lin@example.org", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Equal("You are invited to ReportGraph", invitation.Header("Subject"));
    }
}
