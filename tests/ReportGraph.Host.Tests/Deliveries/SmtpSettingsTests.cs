using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>Owners' SMTP settings: encryption at rest, keeping the password, validation, and the connection test.</summary>
public sealed class SmtpSettingsTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private const string Secret = "correct-horse-battery-staple-42";

    private SmtpSettingsService Service => host.Get<SmtpSettingsService>();

    private static SaveSmtpSettingsInput Input(int port, string? password = Secret, string? user = "mailer") => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SmtpSecurity.None,
        UserName = user,
        Password = password,
        FromAddress = "owner@example.test",
        FromName = "Owner",
    };

    [Fact]
    public async Task The_password_is_encrypted_at_rest_never_shown_and_kept_when_a_save_omits_it()
    {
        var scenario = new DeliveryScenario(host);
        await scenario.CreateAsync();

        var saved = await Service.SaveAsync(scenario.OwnerId, Input(2525), CancellationToken.None);

        Assert.Empty(saved.Problems);
        Assert.True(saved.Settings!.HasPassword);
        Assert.DoesNotContain(Secret, saved.Settings.ToString());
        var stored = await RawPasswordColumnAsync(scenario.OwnerId);
        Assert.NotNull(stored);
        Assert.DoesNotContain(Secret, stored);
        Assert.Equal(Secret, (await Service.ResolveAsync(scenario.OwnerId, CancellationToken.None))!.Password);

        var resaved = await Service.SaveAsync(scenario.OwnerId, Input(2525, password: null) with { FromName = "Renamed" }, CancellationToken.None);

        Assert.True(resaved.Settings!.HasPassword);
        var resolved = (await Service.ResolveAsync(scenario.OwnerId, CancellationToken.None))!;
        Assert.Equal(Secret, resolved.Password);
        Assert.Equal(2525, resolved.Port);
        Assert.Equal("Renamed", resolved.FromName);
        Assert.DoesNotContain(Secret, resolved.ToString());
        var loaded = await Service.LoadAsync(scenario.OwnerId, CancellationToken.None);
        Assert.Equal(2525, loaded!.Port);
        Assert.True(loaded.HasPassword);

        await Service.SaveAsync(scenario.OwnerId, Input(2525, password: ""), CancellationToken.None);
        Assert.False((await Service.LoadAsync(scenario.OwnerId, CancellationToken.None))!.HasPassword);
        Assert.Null(await RawPasswordColumnAsync(scenario.OwnerId));
    }

    [Fact]
    public async Task An_owner_without_settings_uses_the_global_default_and_deleting_settings_returns_to_it()
    {
        var scenario = new DeliveryScenario(host);
        await scenario.CreateAsync();
        Assert.Null(await Service.LoadAsync(scenario.OwnerId, CancellationToken.None));
        var fallback = await Service.ResolveAsync(scenario.OwnerId, CancellationToken.None);
        Assert.Equal(SmtpSettingsSource.GlobalDefault, fallback!.Source);
        Assert.Equal(host.Smtp.Port, fallback.Port);

        await Service.SaveAsync(scenario.OwnerId, Input(2600), CancellationToken.None);
        Assert.Equal(SmtpSettingsSource.Owner, (await Service.ResolveAsync(scenario.OwnerId, CancellationToken.None))!.Source);
        Assert.True(await Service.DeleteAsync(scenario.OwnerId, CancellationToken.None));
        Assert.Equal(SmtpSettingsSource.GlobalDefault, (await Service.ResolveAsync(scenario.OwnerId, CancellationToken.None))!.Source);
    }

    [Fact]
    public async Task Every_bad_field_is_reported_with_its_name_and_nothing_is_saved()
    {
        var scenario = new DeliveryScenario(host);
        await scenario.CreateAsync();

        var result = await Service.SaveAsync(scenario.OwnerId, new SaveSmtpSettingsInput
        {
            Host = "smtp://mail.example.com:25",
            Port = 70000,
            Security = (SmtpSecurity)7,
            FromAddress = "not an address",
        }, CancellationToken.None);

        Assert.Null(result.Settings);
        Assert.Equal(["fromAddress", "host", "port", "security"], result.Problems.Select(p => p.Field).Order().ToArray());
        var security = result.Problems.Single(p => p.Field == "security");
        Assert.Equal("INVALID", security.Code);
        Assert.Contains("IMPLICIT_TLS", security.Message);
        Assert.Null(await Service.LoadAsync(scenario.OwnerId, CancellationToken.None));
        Assert.Equal("REQUIRED", SmtpSettingsService.Validate(Input(25) with { Host = " " }).Single().Code);
    }

    [Fact]
    public async Task Sending_with_an_owners_password_never_writes_it_to_the_log()
    {
        await using var server = await SmtpTestServer.StartAsync(host.Folder.Combine("auth-ok-" + Guid.NewGuid().ToString("N")), auth: "accept");
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        await Service.SaveAsync(scenario.OwnerId, Input(server.Port), CancellationToken.None);
        server.Defer(ana, "451 4.3.0 try later", 1); // one retry, so the failure path logs too

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);
        var test = await Service.TestAsync((await Service.ForTestAsync(scenario.OwnerId, Input(server.Port, password: null), CancellationToken.None)).Settings!, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 0, 0), outcome);
        Assert.True(test.Succeeded, test.Message);
        Assert.NotEmpty(host.Logs);
        Assert.DoesNotContain(host.Logs, line => line.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, test.Message);
    }

    [Fact]
    public async Task The_test_reports_a_host_that_does_not_resolve_as_DNS()
    {
        var result = await Service.TestAsync(Settings("smtp.reportgraph-test.invalid", 587), CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Equal(SmtpTestCodes.Dns, result.Code);
        Assert.Contains("smtp.reportgraph-test.invalid", result.Message);
    }

    [Fact]
    public async Task The_test_reports_a_closed_port_as_a_refused_connection()
    {
        var port = SmtpTestServer.FreePort();
        var result = await Service.TestAsync(Settings("127.0.0.1", port), CancellationToken.None);
        Assert.Equal(SmtpTestCodes.Connect, result.Code);
        Assert.Contains("refused", result.Message);
        Assert.Contains(port.ToString(CultureInfo.InvariantCulture), result.Message);
    }

    [Fact]
    public async Task The_test_reports_rejected_credentials_as_AUTH_with_the_servers_reply()
    {
        await using var server = await SmtpTestServer.StartAsync(host.Folder.Combine("auth-no-" + Guid.NewGuid().ToString("N")), auth: "reject");
        var result = await Service.TestAsync(Settings("127.0.0.1", server.Port) with { UserName = "mailer", Password = "wrong" }, CancellationToken.None);
        Assert.Equal(SmtpTestCodes.Auth, result.Code);
        Assert.Contains("535", result.Message);
        Assert.DoesNotContain("wrong", result.Message);
    }

    [Fact]
    public async Task The_test_reports_a_server_without_STARTTLS_as_TLS()
    {
        var result = await Service.TestAsync(Settings("127.0.0.1", host.Smtp.Port) with { Security = SmtpSecurity.StartTls }, CancellationToken.None);
        Assert.Equal(SmtpTestCodes.Tls, result.Code);
        Assert.Contains("STARTTLS", result.Message);
    }

    [Fact]
    public async Task The_test_reports_an_untrusted_certificate_after_STARTTLS_as_TLS()
    {
        await using var server = await SmtpTestServer.StartAsync(host.Folder.Combine("tls-" + Guid.NewGuid().ToString("N")), selfSignedTls: true);
        var result = await Service.TestAsync(Settings("localhost", server.Port) with { Security = SmtpSecurity.StartTls }, CancellationToken.None);
        Assert.Equal(SmtpTestCodes.Tls, result.Code);
        Assert.Contains("TLS handshake", result.Message);
        Assert.Contains("certificate", result.Message);
    }

    [Fact]
    public async Task The_test_reports_a_refused_sender_as_SENDER()
    {
        host.Smtp.RejectSender("blocked@example.test", "553 5.7.1 sender not allowed");
        var result = await Service.TestAsync(Settings("127.0.0.1", host.Smtp.Port) with { FromAddress = "blocked@example.test" }, CancellationToken.None);
        Assert.Equal(SmtpTestCodes.Sender, result.Code);
        Assert.Contains("553 5.7.1 sender not allowed", result.Message);
    }

    [Fact]
    public async Task The_test_over_implicit_TLS_reports_an_untrusted_certificate_as_a_TLS_failure()
    {
        await using var smtps = await SmtpTestServer.StartAsync(host.Folder.Combine("smtps-" + Guid.NewGuid().ToString("N")), selfSignedTls: true, implicitTls: true);
        var result = await Service.TestAsync(Settings("localhost", smtps.Port) with { Security = SmtpSecurity.ImplicitTls }, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Equal(SmtpTestCodes.Tls, result.Code);
        Assert.Contains($"The TLS handshake with localhost:{smtps.Port} failed", result.Message);
    }

    [Fact]
    public async Task The_test_of_a_working_server_succeeds()
    {
        var result = await Service.TestAsync(Settings("127.0.0.1", host.Smtp.Port), CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(SmtpTestCodes.Ok, result.Code);
    }

    [Fact]
    public void Presets_cover_the_common_providers_and_none_uses_implicit_TLS()
    {
        Assert.Equal(["amazon-ses", "gmail", "local-relay", "mailgun", "microsoft365", "postmark", "sendgrid"], SmtpPresets.All.Select(p => p.Key).Order().ToArray());
        Assert.DoesNotContain(SmtpPresets.All, p => p.Security == SmtpSecurity.ImplicitTls);
        Assert.Contains("<region>", SmtpPresets.All.Single(p => p.Key == "amazon-ses").Host);
    }

    private static SmtpServerSettings Settings(string hostName, int port) =>
        new(hostName, port, SmtpSecurity.None, null, null, "owner@example.test", null) { AllowPrivateAddresses = true };

    private async Task<string?> RawPasswordColumnAsync(Guid ownerId)
    {
        // Read the column with plain SQL, as anyone with the database file could.
        var path = Path.Combine(host.Get<DataDirectory>().Path, "reportgraph.db");
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM smtp_settings";
        await using var reader = await command.ExecuteReaderAsync();
        string? password = null;
        var found = false;
        while (await reader.ReadAsync())
        {
            var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)?.ToString(), StringComparer.OrdinalIgnoreCase);
            Assert.DoesNotContain(row.Values, v => v is not null && v.Contains(Secret, StringComparison.Ordinal));
            if (string.Equals(row.GetValueOrDefault("owner_id") ?? row.GetValueOrDefault("OwnerId"), ownerId.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                found = true;
                password = row.GetValueOrDefault("encrypted_password") ?? row.GetValueOrDefault("EncryptedPassword");
            }
        }

        Assert.True(found, "the owner's row is in smtp_settings");
        return password;
    }
}
