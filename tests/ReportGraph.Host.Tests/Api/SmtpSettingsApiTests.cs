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
        mutation Save($input: SaveSmtpSettingsInput!) {
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
            mutation Save($input: SaveSmtpSettingsInput!) {
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

    private const string Test = """
        mutation Test($input: TestSmtpSettingsInput!) {
          testSmtpSettings(input: $input) { result { succeeded code message } errors { code message path } }
        }
        """;

    [Fact]
    public async Task A_test_with_another_host_port_security_or_user_does_not_use_the_saved_password()
    {
        var (a, _) = await _host.MemberAsync("a@example.org");
        var saved = new { host = "smtp.example.org", port = 587, security = "START_TLS", userName = "a", password = Secret, fromAddress = "reports@example.org" };
        Assert.Empty((await a.DataAsync(Save, new { input = saved })).GetProperty("saveSmtpSettings").GetProperty("errors").EnumerateArray());

        foreach (var (input, changed) in new (object Input, string Changed)[]
        {
            (new { host = "127.0.0.1", port = 587, security = "START_TLS", userName = "a", fromAddress = "reports@example.org" }, "host"),
            (new { host = "smtp.example.org", port = 25, security = "START_TLS", userName = "a", fromAddress = "reports@example.org" }, "port"),
            (new { host = "smtp.example.org", port = 587, security = "NONE", userName = "a", fromAddress = "reports@example.org" }, "security"),
            (new { host = "smtp.example.org", port = 587, security = "START_TLS", userName = "b", fromAddress = "reports@example.org" }, "user name"),
        })
        {
            var payload = (await a.DataAsync(Test, new { input })).GetProperty("testSmtpSettings");

            Assert.Equal(JsonValueKind.Null, payload.GetProperty("result").ValueKind);
            var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
            Assert.Equal("password", error.GetProperty("path")[0].GetString());
            Assert.Equal("REQUIRED", error.GetProperty("code").GetString());
            Assert.Contains($"the {changed} changed", error.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Saving_another_server_without_the_password_is_refused_and_a_password_no_longer_used_is_dropped()
    {
        var (a, _) = await _host.MemberAsync("a@example.org");
        await a.DataAsync(Save, new { input = new { host = "smtp.example.org", port = 587, security = "START_TLS", userName = "a", password = Secret, fromAddress = "reports@example.org" } });

        var moved = (await a.DataAsync(Save, new { input = new { host = "smtp.elsewhere.example", port = 587, security = "START_TLS", userName = "a", fromAddress = "reports@example.org" } }))
            .GetProperty("saveSmtpSettings");

        Assert.Equal(JsonValueKind.Null, moved.GetProperty("smtpSettings").ValueKind);
        var error = Assert.Single(moved.GetProperty("errors").EnumerateArray());
        Assert.Equal("password", error.GetProperty("path")[0].GetString());
        Assert.Equal("REQUIRED", error.GetProperty("code").GetString());
        Assert.Equal("smtp.example.org", (await a.DataAsync("{ smtpSettings { host } }")).GetProperty("smtpSettings").GetProperty("host").GetString());

        // Entering it again moves it; a relay without a user name needs none, so the old one is not kept for it.
        var retyped = (await a.DataAsync(Save, new { input = new { host = "smtp.elsewhere.example", port = 587, security = "START_TLS", userName = "a", password = "another-secret", fromAddress = "reports@example.org" } }))
            .GetProperty("saveSmtpSettings");
        Assert.True(retyped.GetProperty("smtpSettings").GetProperty("hasPassword").GetBoolean());
        var relay = (await a.DataAsync(Save, new { input = new { host = "relay.example.org", port = 25, security = "NONE", fromAddress = "reports@example.org" } }))
            .GetProperty("saveSmtpSettings");
        Assert.False(relay.GetProperty("smtpSettings").GetProperty("hasPassword").GetBoolean());
    }

    [Fact]
    public async Task A_test_with_another_host_does_not_use_the_saved_access_token()
    {
        var (a, _) = await _host.MemberAsync("a@example.org");
        await a.DataAsync(Save, new { input = new { host = "smtp.office365.com", port = 587, security = "START_TLS", authentication = "XOAUTH2", userName = "reports@example.org", accessToken = "ya29.saved-token", fromAddress = "reports@example.org" } });

        var payload = (await a.DataAsync(Test, new { input = new { host = "127.0.0.1", port = 587, security = "NONE", authentication = "XOAUTH2", userName = "reports@example.org", fromAddress = "reports@example.org" } }))
            .GetProperty("testSmtpSettings");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("result").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("accessToken", error.GetProperty("path")[0].GetString());
        Assert.Equal("REQUIRED", error.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("10.20.30.40")]
    [InlineData("169.254.169.254")]
    [InlineData("::1")]
    public async Task A_test_of_a_private_host_is_refused_on_the_host_field_naming_the_setting(string privateHost)
    {
        using var strict = new ApiHost(new Dictionary<string, string?> { ["Delivery:AllowPrivateSmtpHosts"] = "false" });
        var (a, _) = await strict.MemberAsync("a@example.org");

        var payload = (await a.DataAsync(Test, new { input = new { host = privateHost, port = 25, security = "NONE", fromAddress = "reports@example.org" } }))
            .GetProperty("testSmtpSettings");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("result").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("host", error.GetProperty("path")[0].GetString());
        Assert.Equal("NOT_ALLOWED", error.GetProperty("code").GetString());
        Assert.Contains("private", error.GetProperty("message").GetString());
        Assert.Contains("Delivery:AllowPrivateSmtpHosts", error.GetProperty("message").GetString());
    }
}
