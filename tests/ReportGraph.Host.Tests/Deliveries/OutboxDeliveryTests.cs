using System.Text;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>No SMTP server anywhere, an outbox folder configured (what the Development profile does).</summary>
public sealed class OutboxHost : DeliveryHost
{
    public string Outbox => Folder.Combine("outbox");

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Delivery:Smtp:Host"] = "",
        ["Delivery:OutboxDirectory"] = Outbox,
    };
}

/// <summary>Without any SMTP server, emails are written to the outbox folder as .eml files a mail client opens.</summary>
public sealed class OutboxDeliveryTests(OutboxHost host) : IClassFixture<OutboxHost>
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("tutor,hours\r\nAna,12.5\r\n");

    private List<MimeMessage> OutboxMessages(Guid executionId) =>
        Directory.Exists(host.Outbox)
            ? Directory.GetFiles(host.Outbox, "*.eml").Select(f => MimeMessage.Parse(File.ReadAllBytes(f)))
                .Where(m => m.Header("X-ReportGraph-Execution") == executionId.ToString()).ToList()
            : [];

    [Fact]
    public async Task Every_subscribed_recipient_gets_an_eml_file_with_the_attachments_and_the_delivery_says_where_it_went()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var bo = scenario.Address("bo");
        var gone = scenario.Address("gone");
        var report = await scenario.WithRecipient(ana, "Ana").WithRecipient(bo).WithRecipient(gone, subscribed: false)
            .WithFile("tutors.csv", "text/csv", Csv).CreateAsync();

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(2, 0, 1), outcome);
        var messages = OutboxMessages(scenario.ExecutionId);
        Assert.Equal(2, messages.Count);
        var toAna = Assert.Single(messages, m => m.Header("To")!.Contains(ana));
        Assert.Contains("reports@example.test", toAna.Header("From")); // Delivery:Smtp:FromAddress still names the sender
        Assert.Contains("Hello Ana,", toAna.Find("text/plain")!.Text);
        Assert.Equal(Csv, Assert.Single(toAna.Attachments).Body);
        Assert.Empty(host.Smtp.MessagesOf(scenario.ExecutionId));

        var delivery = await scenario.DeliveryAsync(ana);
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal($"Written to the outbox folder {host.Outbox} (no SMTP server is configured)", delivery.LastReply);
    }

    [Fact]
    public async Task An_owner_with_their_own_smtp_settings_is_sent_through_their_server_not_the_outbox()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        await host.Get<SmtpSettingsService>().SaveAsync(scenario.OwnerId, new SaveSmtpSettingsInput
        {
            Host = "127.0.0.1",
            Port = host.Smtp.Port,
            Security = SmtpSecurity.None,
            FromAddress = "owner@example.test",
        }, CancellationToken.None);

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 0, 0), outcome);
        Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
        Assert.Empty(OutboxMessages(scenario.ExecutionId));
    }
}

/// <summary>An outbox path that cannot be a folder (a file is in the way), and two attempts per email.</summary>
public sealed class BlockedOutboxHost : DeliveryHost
{
    public string Outbox
    {
        get
        {
            var blocker = Folder.Combine("blocker");
            if (!File.Exists(blocker)) File.WriteAllText(blocker, "a file where the outbox's parent folder should be");
            return Path.Combine(blocker, "outbox");
        }
    }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Delivery:Smtp:Host"] = "",
        ["Delivery:OutboxDirectory"] = Outbox,
        ["Delivery:MaxAttempts"] = "2",
    };
}

public sealed class BlockedOutboxTests(BlockedOutboxHost host) : IClassFixture<BlockedOutboxHost>
{
    [Fact]
    public async Task An_outbox_that_cannot_be_written_leaves_the_delivery_waiting_for_a_retry_after_its_attempts_naming_the_folder()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 0, 0, Pending: 1), outcome);
        var delivery = await scenario.DeliveryAsync(ana);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(2, delivery.Attempts);
        Assert.NotNull(delivery.NextAttemptAt);
        Assert.StartsWith($"Could not write to the outbox folder {host.Outbox}", delivery.LastReply);
    }
}
