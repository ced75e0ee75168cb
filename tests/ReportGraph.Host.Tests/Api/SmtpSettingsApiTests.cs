using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;

namespace ReportGraph.Host.Tests.Api;

public sealed class SmtpSettingsApiTests : IDisposable
{
    private const string Secret = "s3cret-smtp-password-never-shown";
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    private const string Save = """
        mutation Save($input: SmtpSettingsInput!) {
          saveSmtpSettings(input: $input) { smtpSettings { host port security userName hasPassword fromAddress } errors { code message path } }
        }
        """;

    [Fact]
    public async Task Settings_are_saved_per_owner_and_the_password_never_appears_in_any_response_or_the_store()
    {
        var (a, _) = await _host.MemberAsync("a@example.org");
        var (b, _) = await _host.MemberAsync("b@example.org");
        var saved = await a.PostAsync(Save, new { input = new { host = "smtp.example.org", port = 587, security = "START_TLS", userName = "a", password = Secret, fromAddress = "reports@example.org", fromName = "Reports" } });
        Assert.DoesNotContain(Secret, saved.ToString());
        var settings = saved.GetProperty("data").GetProperty("saveSmtpSettings").GetProperty("smtpSettings");
        Assert.True(settings.GetProperty("hasPassword").GetBoolean());

        var read = await a.PostAsync("{ smtpSettings { host userName hasPassword } smtpPresets { key host port } }");
        Assert.DoesNotContain(Secret, read.ToString());
        Assert.Equal("smtp.example.org", read.GetProperty("data").GetProperty("smtpSettings").GetProperty("host").GetString());
        Assert.Contains(read.GetProperty("data").GetProperty("smtpPresets").EnumerateArray(), p => p.GetProperty("key").GetString()!.Contains("gmail", StringComparison.OrdinalIgnoreCase));

        // B sees only B's (none), never A's.
        Assert.Equal(JsonValueKind.Null, (await b.DataAsync("{ smtpSettings { host } }")).GetProperty("smtpSettings").ValueKind);

        // At rest the password is encrypted.
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        var stored = await db.SmtpSettings.SingleAsync();
        Assert.DoesNotContain(Secret, stored.EncryptedPassword);
    }

    [Fact]
    public async Task Bad_settings_name_their_fields_and_a_connection_test_says_what_failed()
    {
        var (a, _) = await _host.MemberAsync("a@example.org");
        var invalid = (await a.DataAsync(Save, new { input = new { host = "", port = 70000, security = "NONE", fromAddress = "nope" } })).GetProperty("saveSmtpSettings").GetProperty("errors");
        var paths = invalid.EnumerateArray().Select(e => e.GetProperty("path")[0].GetString()).ToList();
        Assert.Contains("host", paths);
        Assert.Contains("port", paths);
        Assert.Contains("fromAddress", paths);

        var tested = (await a.DataAsync("""
            mutation { testSmtpSettings(input: { host: "mail.does-not-exist.invalid", port: 25, security: NONE, fromAddress: "r@example.org" }) { result { succeeded code message } errors { code } } }
            """)).GetProperty("testSmtpSettings").GetProperty("result");
        Assert.False(tested.GetProperty("succeeded").GetBoolean());
        Assert.Equal("DNS", tested.GetProperty("code").GetString());
    }

    [Fact]
    public async Task XOAUTH2_settings_keep_the_access_token_encrypted_and_show_only_that_one_is_saved()
    {
        const string token = "ya29.api-test-access-token-never-shown";
        var (a, _) = await _host.MemberAsync("a@example.org");
        var saved = await a.DataAsync("""
            mutation Save($input: SmtpSettingsInput!) {
              saveSmtpSettings(input: $input) { smtpSettings { authentication hasAccessToken hasPassword userName } errors { code path } }
            }
            """, new { input = new { host = "smtp.office365.com", port = 587, security = "START_TLS", authentication = "XOAUTH2", userName = "reports@example.org", accessToken = token, fromAddress = "reports@example.org" } });
        var settings = saved.GetProperty("saveSmtpSettings").GetProperty("smtpSettings");
        Assert.Equal("XOAUTH2", settings.GetProperty("authentication").GetString());
        Assert.True(settings.GetProperty("hasAccessToken").GetBoolean());
        Assert.False(settings.GetProperty("hasPassword").GetBoolean());
        Assert.DoesNotContain(token, saved.ToString());

        var missing = (await a.DataAsync(Save, new { input = new { host = "smtp.gmail.com", port = 587, security = "START_TLS", authentication = "XOAUTH2", fromAddress = "reports@example.org" } }))
            .GetProperty("saveSmtpSettings").GetProperty("errors");
        Assert.Contains(missing.EnumerateArray(), e => e.GetProperty("path")[0].GetString() == "userName" && e.GetProperty("code").GetString() == "REQUIRED");

        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        var stored = await db.SmtpSettings.SingleAsync();
        Assert.NotNull(stored.EncryptedAccessToken);
        Assert.DoesNotContain(token, stored.EncryptedAccessToken);
    }
}
