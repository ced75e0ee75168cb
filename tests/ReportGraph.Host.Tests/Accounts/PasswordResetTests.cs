using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReportGraph.Host.Tests.Api;
using MimeKitMessage = MimeKit.MimeMessage;

namespace ReportGraph.Host.Tests.Accounts;

/// <summary>Password reset through the outbox folder, with a fake clock for expiry.</summary>
public sealed class PasswordResetTests : IDisposable
{
    private const string Request = "mutation($e: String!) { requestPasswordReset(input: { email: $e }) { done errors { code } } }";
    private const string Reset = "mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) { done errors { code path } } }";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ApiHost _host;
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app;
    private readonly string _outbox;

    public PasswordResetTests()
    {
        _outbox = Path.Combine(Path.GetTempPath(), "rg-outbox-" + Guid.NewGuid().ToString("N"));
        _host = new ApiHost(new Dictionary<string, string?> { ["Delivery:OutboxDirectory"] = _outbox });
        _app = _host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
    }

    public void Dispose()
    {
        _app.Dispose();
        _host.Dispose();
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, true);
        }
    }

    private ApiClient Client() => new(_app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true }));

    private string[] Mails() => Directory.Exists(_outbox) ? Directory.GetFiles(_outbox, "*.eml").Order().ToArray() : [];

    /// <summary>The token of the newest email, once <paramref name="count"/> emails are in the outbox (they are sent in the background).</summary>
    private async Task<string> LatestTokenAsync(int count = 1)
    {
        await WaitForMailsAsync(count);
        var message = MimeKitMessage.Load(Mails().Last());
        Assert.Equal(ApiHost.AdminEmail, message.To.Mailboxes.Single().Address);
        var text = message.TextBody ?? "";
        var start = text.IndexOf("token=", StringComparison.Ordinal) + "token=".Length;
        return Uri.UnescapeDataString(text[start..].Split('\n', '\r', ' ')[0]);
    }

    private async Task WaitForMailsAsync(int count)
    {
        for (var i = 0; i < 200 && Mails().Length < count; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(Mails().Length >= count, $"expected {count} email(s) in the outbox, found {Mails().Length}");
    }

    [Fact]
    public async Task A_reset_token_sets_the_password_once_and_ends_the_old_sessions()
    {
        var old = Client();
        await old.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        var anonymous = Client();
        var asked = await anonymous.DataAsync(Request, new { e = ApiHost.AdminEmail });
        Assert.True(asked.GetProperty("requestPasswordReset").GetProperty("done").GetBoolean());
        var token = await LatestTokenAsync();

        var weak = await anonymous.DataAsync(Reset, new { t = token, p = "short" });
        Assert.Equal("newPassword", weak.GetProperty("resetPassword").GetProperty("errors")[0].GetProperty("path")[0].GetString());
        var reset = await anonymous.DataAsync(Reset, new { t = token, p = "brand-new-password-1" });
        Assert.True(reset.GetProperty("resetPassword").GetProperty("done").GetBoolean());
        var twice = await anonymous.DataAsync(Reset, new { t = token, p = "another-password-22" });
        Assert.Equal("INVALID_TOKEN", twice.GetProperty("resetPassword").GetProperty("errors")[0].GetProperty("code").GetString());

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await old.DataAsync("{ me { email } }")).GetProperty("me").ValueKind);
        await Client().SignInAsync(ApiHost.AdminEmail, "brand-new-password-1");
    }

    [Fact]
    public async Task A_reset_token_expires_after_an_hour()
    {
        await Client().DataAsync(Request, new { e = ApiHost.AdminEmail });
        var token = await LatestTokenAsync();

        _clock.Advance(TimeSpan.FromMinutes(61));

        var late = await Client().DataAsync(Reset, new { t = token, p = "brand-new-password-1" });
        Assert.Equal("INVALID_TOKEN", late.GetProperty("resetPassword").GetProperty("errors")[0].GetProperty("code").GetString());
        await Client().SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
    }

    [Fact]
    public async Task An_invitation_link_expires_after_seven_days()
    {
        var admin = Client();
        await admin.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        await admin.DataAsync("mutation { inviteUser(input: { email: \"late@example.test\", name: \"Late\", role: MEMBER }) { emailSent } }");
        await WaitForMailsAsync(1);
        var text = MimeKitMessage.Load(Mails().Single()).TextBody ?? "";
        var start = text.IndexOf("token=", StringComparison.Ordinal) + "token=".Length;
        var token = Uri.UnescapeDataString(text[start..].Split('\n', '\r', ' ')[0]);

        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var late = await Client().DataAsync(Reset, new { t = token, p = "brand-new-password-1" });
        Assert.Equal("INVALID_TOKEN", late.GetProperty("resetPassword").GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_and_no_email()
    {
        var unknown = await Client().PostAsync(Request, new { e = "nobody@example.org" });
        var known = await Client().PostAsync(Request, new { e = ApiHost.AdminEmail });

        Assert.Equal(known.ToString(), unknown.ToString());
        // Requests are emailed in order: once the known address's email is there, the unknown one was handled too.
        for (var i = 0; i < 200 && !Mails().Any(m => MimeKitMessage.Load(m).To.Mailboxes.Any(a => a.Address == ApiHost.AdminEmail)); i++)
        {
            await Task.Delay(50);
        }

        var mail = Assert.Single(Mails());
        Assert.Equal(ApiHost.AdminEmail, MimeKitMessage.Load(mail).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_session_unused_for_longer_than_the_session_lifetime_is_refused()
    {
        var session = Client();
        await session.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        _clock.Advance(TimeSpan.FromHours(11));
        Assert.Equal(ApiHost.AdminEmail, (await session.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString());

        _clock.Advance(TimeSpan.FromHours(12).Add(TimeSpan.FromMinutes(1)));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await session.DataAsync("{ me { email } }")).GetProperty("me").ValueKind);
    }
}
