using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>A delivery host where members' SMTP settings may not reach private addresses (the production default).</summary>
public sealed class NoPrivateSmtpHostsHost : DeliveryHost
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Delivery:AllowPrivateSmtpHosts"] = "false" };
}

public sealed class PrivateSmtpHostTests(NoPrivateSmtpHostsHost host) : IClassFixture<NoPrivateSmtpHostsHost>
{
    [Fact]
    public async Task Sending_with_an_owners_private_host_fails_at_once_naming_the_setting_and_sends_nothing()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        var saved = await host.Get<SmtpSettingsService>().SaveAsync(scenario.OwnerId, new SaveSmtpSettingsInput
        {
            Host = "127.0.0.1", Port = host.Smtp.Port, Security = SmtpSecurity.None, FromAddress = "owner@example.test",
        }, CancellationToken.None);
        Assert.Empty(saved.Problems);

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 1, 0), outcome);
        var delivery = await scenario.DeliveryAsync(ana);
        Assert.Equal(1, delivery.Attempts);
        Assert.Contains("private", delivery.LastReply);
        Assert.Contains("Delivery:AllowPrivateSmtpHosts", delivery.LastReply);
        Assert.Empty(host.Smtp.MessagesOf(scenario.ExecutionId));
    }

    [Fact]
    public async Task The_default_server_configured_by_the_operator_may_be_on_a_private_address()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();

        Assert.Equal(new DeliveryOutcome(1, 0, 0), await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None));
    }
}
