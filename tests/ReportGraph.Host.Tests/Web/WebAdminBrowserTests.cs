using System.Globalization;
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
/// The web app's admin and account screens in headless Debian Chromium against the real host on a real port and the
/// real SMTP server (tests/node/web-admin.mjs): invite a user who reads the email, sets a password and signs in; an API
/// key created and revoked; roles, ending sessions, disabling; SMTP settings tested and saved; report types.
/// </summary>
public sealed class WebAdminBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly TempFolder _folder = new("rg-web-admin");
    private SmtpTestServer _smtp = null!;
    private ApiHost _host = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync(_folder.Combine("smtp"));
        _host = new ApiHost(new Dictionary<string, string?>
        {
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Delivery:Smtp:Security"] = "None",
            ["Delivery:Smtp:FromAddress"] = "reports@example.test",
            // The SMTP settings screen tests against the local test server (and a closed local port).
            ["Delivery:AllowPrivateSmtpHosts"] = "true",
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
    public async Task An_admin_invites_a_user_who_signs_in_manages_keys_sessions_and_smtp_settings_in_the_browser()
    {
        Assert.True(File.Exists(Chromium), "Chromium is missing: scripts/install-test-deps.sh installs it.");
        var screenshots = Path.Combine(RepositoryPaths.Root, "docs", "screenshots");
        var report = await NodeClientScript.RunAsync("web-admin.mjs", TimeSpan.FromMinutes(4),
            _base.ToString().TrimEnd('/'), ApiHost.AdminEmail, ApiHost.AdminPassword, screenshots, _smtp.MailDirectory,
            _smtp.Port.ToString(CultureInfo.InvariantCulture), SmtpTestServer.FreePort().ToString(CultureInfo.InvariantCulture), Chromium);

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
        var invitation = _smtp.Messages().Single(m => m.Header("To")?.Contains("lin@example.org", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Equal("You are invited to ReportGraph", invitation.Header("Subject"));
    }
}
