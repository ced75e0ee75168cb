using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Accounts;

/// <summary>The delivery host (real aiosmtpd server as Delivery:Smtp) with a first admin.</summary>
public sealed class AccountsMailHost : DeliveryHost
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Security:Admin:Email"] = ApiHost.AdminEmail,
        ["Security:Admin:Password"] = ApiHost.AdminPassword,
    };

    public ApiClient Client() => new(App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
}

/// <summary>An invited user gets an email from the real SMTP server, sets a password through its link and signs in.</summary>
public sealed partial class InvitationTests(AccountsMailHost host) : IClassFixture<AccountsMailHost>
{
    private const string Invite = "mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id email role hasPassword } emailSent errors { code path } } }";

    [GeneratedRegex(@"https://reports\.example\.test(/set-password\?token=[A-Za-z0-9_%-]+)")]
    private static partial Regex Link();

    private string LinkTo(string address)
    {
        var message = host.Smtp.Messages().Last(m => m.Header("To")?.Contains(address, StringComparison.OrdinalIgnoreCase) == true);
        return Link().Match(Encoding.UTF8.GetString(message.Body)).Groups[1].Value;
    }

    private static FormUrlEncodedContent Form(string token, string password, string? confirm = null) => new(new Dictionary<string, string>
    {
        ["token"] = token, ["password"] = password, ["confirm"] = confirm ?? password,
    });

    [Fact]
    public async Task An_invited_user_sets_a_password_from_the_emailed_link_and_signs_in_and_the_link_then_stops_working()
    {
        var admin = host.Client();
        await admin.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);

        var invited = (await admin.DataAsync(Invite, new { i = new { email = "nora@example.test", name = "Nora", role = "MEMBER" } })).GetProperty("inviteUser");
        Assert.True(invited.GetProperty("emailSent").GetBoolean());
        Assert.False(invited.GetProperty("user").GetProperty("hasPassword").GetBoolean());
        var link = LinkTo("nora@example.test");
        Assert.NotEmpty(link);

        // The email links to the web app's page; its no-JavaScript fallback is the server-rendered form under /account.
        var browser = host.App.CreateClient();
        var page = await browser.GetAsync("/account" + link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync());
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        var token = Uri.UnescapeDataString(link[(link.IndexOf('=') + 1)..]);

        var differ = await browser.PostAsync("/account/set-password", Form(token, "noras-password-1", "noras-password-2"));
        Assert.Equal(HttpStatusCode.BadRequest, differ.StatusCode);
        var set = await browser.PostAsync("/account/set-password", Form(token, "noras-password-1"));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("Your password is set", await set.Content.ReadAsStringAsync());

        var nora = host.Client();
        await nora.SignInAsync("nora@example.test", "noras-password-1");
        Assert.Equal("MEMBER", (await nora.DataAsync("{ me { role } }")).GetProperty("me").GetProperty("role").GetString());

        var again = await browser.PostAsync("/account/set-password", Form(token, "attackers-password"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("unknown, used already or expired", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Inviting_checks_the_input_an_existing_email_and_that_the_caller_is_an_admin()
    {
        var admin = host.Client();
        await admin.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);

        var bad = (await admin.DataAsync(Invite, new { i = new { email = "not an email", name = "", role = "MEMBER" } })).GetProperty("inviteUser");
        Assert.Equal(["email", "name"], bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path")[0].GetString()));
        var taken = (await admin.DataAsync(Invite, new { i = new { email = ApiHost.AdminEmail.ToUpperInvariant(), name = "Again", role = "MEMBER" } })).GetProperty("inviteUser");
        Assert.Equal("DUPLICATE", taken.GetProperty("errors")[0].GetProperty("code").GetString());

        Assert.Equal("UNAUTHENTICATED", ApiClient.FirstErrorCode(await host.Client().PostAsync(Invite, new { i = new { email = "x@example.test", name = "X", role = "ADMIN" } })));
    }
}
