using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Deliveries.Webhooks;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries.Webhooks;

/// <summary>The host as in production: private webhook hosts are off.</summary>
public sealed class NoPrivateWebhooksHost : DeliveryHost
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Delivery:AllowPrivateWebhookHosts"] = "false",
        ["Delivery:RetryPollInterval"] = "01:00:00",
    };
}

public sealed class PrivateWebhookHostTests(NoPrivateWebhooksHost host) : IClassFixture<NoPrivateWebhooksHost>
{
    [Fact]
    public async Task A_webhook_whose_host_is_private_when_posted_is_refused_at_connect_and_nothing_reaches_it()
    {
        using var receiver = WebhookReceiver.Start();
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        // As if saved while the name resolved to a public address and since pointed at loopback (DNS rebinding).
        await using (var db = await host.Get<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync())
        {
            db.ScheduleWebhooks.Add(new ScheduleWebhook { ScheduleId = scenario.ScheduleId, Kind = WebhookKind.Slack, Name = "#inside", Url = receiver.Url("inside"), AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await host.Get<WebhookRunner>().DeliverAsync(report, CancellationToken.None);

        Assert.Empty(receiver.Received);
        var refused = Assert.Single(await scenario.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Failed, 1), (refused.Status, refused.Attempts));
        Assert.Contains("127.0.0.1, a private, loopback or link-local address", refused.LastReply);
        Assert.Contains("Delivery:AllowPrivateWebhookHosts", refused.LastReply);
    }
}
