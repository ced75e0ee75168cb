using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>A host with no default SMTP server and only two attempts per email while the run lasts.</summary>
public sealed class TwoAttemptsWithoutDefaultServerHost : DeliveryHost
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Delivery:Smtp:Host"] = "",
        ["Delivery:MaxAttempts"] = "2",
    };
}

public sealed class DeliveryLimitsTests(TwoAttemptsWithoutDefaultServerHost host) : IClassFixture<TwoAttemptsWithoutDefaultServerHost>
{
    [Fact]
    public async Task When_the_server_stays_down_the_delivery_waits_in_the_store_after_the_configured_attempts_with_the_last_error()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        var port = SmtpTestServer.FreePort();
        await host.Get<SmtpSettingsService>().SaveAsync(scenario.OwnerId, new SaveSmtpSettingsInput
        {
            Host = "127.0.0.1",
            Port = port,
            Security = SmtpSecurity.None,
            FromAddress = "owner@example.test",
        }, CancellationToken.None);

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 0, 0, Pending: 1), outcome);
        var row = await scenario.DeliveryAsync(ana);
        Assert.Equal(DeliveryStatus.Pending, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.StartsWith("Connection to 127.0.0.1:" + port, row.LastReply);
        Assert.NotNull(row.NextAttemptAt);
        Assert.Null(row.SentAt);
    }

    [Fact]
    public async Task Without_owner_settings_or_a_default_server_every_delivery_fails_with_a_message_saying_what_to_configure()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.WithRecipient(scenario.Address("a")).WithRecipient(scenario.Address("b")).WithRecipient(scenario.Address("c"), subscribed: false).CreateAsync();

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 2, 1), outcome);
        Assert.All((await scenario.DeliveriesAsync()).Where(d => d.Status == DeliveryStatus.Failed),
            d => Assert.Contains("No SMTP server configured", d.LastReply));
    }

    [Theory]
    [InlineData(SmtpSecurity.StartTls)]
    [InlineData(SmtpSecurity.ImplicitTls)]
    public async Task An_untrusted_server_certificate_fails_the_delivery_at_once_instead_of_retrying(SmtpSecurity security)
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        await using var server = await SmtpTestServer.StartAsync(host.Folder.Combine("tls-" + scenario.Unique), selfSignedTls: true,
            implicitTls: security == SmtpSecurity.ImplicitTls);
        await host.Get<SmtpSettingsService>().SaveAsync(scenario.OwnerId, new SaveSmtpSettingsInput
        {
            Host = "localhost",
            Port = server.Port,
            Security = security,
            FromAddress = "owner@example.test",
        }, CancellationToken.None);

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 1, 0), outcome);
        var row = await scenario.DeliveryAsync(ana);
        Assert.Equal(1, row.Attempts);
        Assert.StartsWith("The TLS handshake with localhost:", row.LastReply);
        Assert.Empty(server.Messages());
    }

    [Fact]
    public async Task A_missing_artifact_file_fails_the_delivery_at_once_with_the_reason()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).WithFile("gone.csv", "text/csv", "x\r\n"u8.ToArray()).CreateAsync();
        File.Delete(scenario.Artifacts["gone.csv"].StoragePath);
        await using var server = await SmtpTestServer.StartAsync(host.Folder.Combine("missing-" + scenario.Unique));
        await host.Get<SmtpSettingsService>().SaveAsync(scenario.OwnerId, new SaveSmtpSettingsInput
        {
            Host = "127.0.0.1",
            Port = server.Port,
            Security = SmtpSecurity.None,
            FromAddress = "owner@example.test",
        }, CancellationToken.None);

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 1, 0), outcome);
        var row = await scenario.DeliveryAsync(ana);
        Assert.Equal(1, row.Attempts);
        Assert.StartsWith("The email could not be composed:", row.LastReply);
        Assert.Empty(server.Messages());
    }
}
