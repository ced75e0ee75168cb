using System.Text;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;
using MimeKitMessage = MimeKit.MimeMessage;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>At most two SMTP connections per execution (Delivery:MaxParallelSends = 2).</summary>
public sealed class TwoConnectionsHost : DeliveryHost
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Delivery:MaxParallelSends"] = "2",
    };
}

/// <summary>
/// What MailKit/MimeKit bring, against the real aiosmtpd server: reused connections, RFC 2047 display names, SMTPUTF8
/// addresses, and XOAUTH2 authentication with an access token.
/// </summary>
public sealed class MailKitDeliveryTests(TwoConnectionsHost host) : IClassFixture<TwoConnectionsHost>
{
    private const string Token = "ya29.a0AfB_test-access-token";

    private SmtpSettingsService Settings => host.Get<SmtpSettingsService>();

    private static MimeKitMessage Load(string file) => MimeKitMessage.Load(file);

    private static List<(string File, MimeKitMessage Message)> MessagesOf(SmtpTestServer server, Guid executionId) =>
        server.MessageFiles().Select(f => (f, Load(f)))
            .Where(m => m.Item2.Headers[EmailComposer.ExecutionHeader] == executionId.ToString()).ToList();

    private static SaveSmtpSettingsInput Input(int port) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SmtpSecurity.None,
        FromAddress = "owner@example.test",
        FromName = "Owner",
    };

    [Fact]
    public async Task Several_recipients_of_one_execution_share_the_connections_instead_of_one_each()
    {
        var scenario = new DeliveryScenario(host);
        var addresses = Enumerable.Range(1, 6).Select(i => scenario.Address("r" + i)).ToList();
        foreach (var address in addresses)
        {
            scenario.WithRecipient(address);
        }

        var report = await scenario.CreateAsync();
        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(6, 0, 0), outcome);
        var messages = host.Smtp.MessagesOf(scenario.ExecutionId);
        Assert.Equal(addresses.Order(), messages.Select(m => m.Header("To")!.Trim('<', '>')).Order());
        // The server's trace header names the client end of the TCP connection each message came over.
        var connections = messages.Select(m => m.Header("X-Peer")).Distinct().Count();
        Assert.InRange(connections, 1, 2);
    }

    [Fact]
    public async Task A_non_ASCII_display_name_travels_as_RFC_2047_encoded_words_and_decodes_to_the_same_name()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        const string name = "Ana Łukasz-Müller 山田";
        var report = await scenario.WithRecipient(ana, name).CreateAsync();

        Assert.Equal(new DeliveryOutcome(1, 0, 0), await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None));

        var (file, message) = Assert.Single(MessagesOf(host.Smtp, scenario.ExecutionId));
        var raw = await File.ReadAllBytesAsync(file);
        var headerEnd = Encoding.Latin1.GetString(raw).IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = Encoding.Latin1.GetString(raw, 0, headerEnd);
        Assert.All(raw[..headerEnd], b => Assert.True(b < 0x80, "every header byte is ASCII without SMTPUTF8"));
        Assert.Matches(@"(?im)^To: .*=\?utf-8\?[bq]\?", headers);
        var to = Assert.Single(message.To.Mailboxes);
        Assert.Equal(name, to.Name);
        Assert.Equal(ana, to.Address);
        Assert.Contains($"Hello {name},", message.TextBody);
    }

    [Fact]
    public async Task An_address_with_a_non_ASCII_local_part_is_delivered_by_a_server_with_SMTPUTF8_and_fails_clearly_without_it()
    {
        // The fixture's server advertises SMTPUTF8 (aiosmtpd's default).
        var scenario = new DeliveryScenario(host);
        var jorg = $"jörg.müller-{scenario.Unique}@example.test";
        var report = await scenario.WithRecipient(jorg, "Jörg").CreateAsync();

        Assert.Equal(new DeliveryOutcome(1, 0, 0), await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None));

        var (_, message) = Assert.Single(MessagesOf(host.Smtp, scenario.ExecutionId));
        Assert.Equal(jorg, Assert.Single(message.To.Mailboxes).Address);
        Assert.StartsWith("250", (await scenario.DeliveryAsync(jorg)).LastReply);

        // A server without SMTPUTF8: that recipient fails at once saying why, the ASCII one is sent.
        await using var ascii = await SmtpTestServer.StartAsync(host.Folder.Combine("ascii-" + Guid.NewGuid().ToString("N")), smtpUtf8: false);
        var plain = new DeliveryScenario(host);
        var zoe = $"zoë-{plain.Unique}@example.test";
        var bo = plain.Address("bo");
        var second = await plain.WithRecipient(zoe).WithRecipient(bo).CreateAsync();
        await Settings.SaveAsync(plain.OwnerId, Input(ascii.Port), CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 1, 0), await host.Get<IDeliveryRunner>().DeliverAsync(second, null, CancellationToken.None));
        var failed = await plain.DeliveryAsync(zoe);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("does not support SMTPUTF8", failed.LastReply);
        Assert.Contains(zoe, failed.LastReply);
        Assert.Single(MessagesOf(ascii, plain.ExecutionId));
    }

    [Fact]
    public async Task XOAUTH2_authenticates_with_the_saved_access_token_which_is_encrypted_and_never_shown()
    {
        await using var server = await SmtpTestServer.StartAsync(host.Folder.Combine("xoauth2-" + Guid.NewGuid().ToString("N")), xoauth2: ("owner@example.test", Token));
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        var input = Input(server.Port) with { Authentication = SmtpAuthentication.XOAuth2, UserName = "owner@example.test", AccessToken = Token };

        var saved = await Settings.SaveAsync(scenario.OwnerId, input, CancellationToken.None);

        Assert.Empty(saved.Problems);
        Assert.Equal(SmtpAuthentication.XOAuth2, saved.Settings!.Authentication);
        Assert.True(saved.Settings.HasAccessToken);
        Assert.False(saved.Settings.HasPassword);
        Assert.DoesNotContain(Token, saved.Settings.ToString());
        Assert.Equal(new DeliveryOutcome(1, 0, 0), await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None));
        Assert.Single(MessagesOf(server, scenario.ExecutionId));

        var test = await Settings.TestAsync((await Settings.ForTestAsync(scenario.OwnerId, input with { AccessToken = null }, CancellationToken.None)).Settings!, CancellationToken.None);
        Assert.True(test.Succeeded, test.Message);
        Assert.Contains("XOAUTH2", test.Message);
        Assert.DoesNotContain(host.Logs, line => line.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_access_token_fails_the_delivery_at_once_with_the_servers_reply()
    {
        await using var server = await SmtpTestServer.StartAsync(host.Folder.Combine("xoauth2-bad-" + Guid.NewGuid().ToString("N")), xoauth2: ("owner@example.test", Token));
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        var input = Input(server.Port) with { Authentication = SmtpAuthentication.XOAuth2, UserName = "owner@example.test", AccessToken = "ya29.expired" };
        Assert.Empty((await Settings.SaveAsync(scenario.OwnerId, input, CancellationToken.None)).Problems);

        Assert.Equal(new DeliveryOutcome(0, 1, 0), await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None));

        var delivery = await scenario.DeliveryAsync(ana);
        Assert.Equal(1, delivery.Attempts);
        Assert.Contains("535 5.7.8 Username and Password not accepted (XOAUTH2 token invalid)", delivery.LastReply);
        Assert.Empty(MessagesOf(server, scenario.ExecutionId));
        var test = await Settings.TestAsync((await Settings.ForTestAsync(scenario.OwnerId, input, CancellationToken.None)).Settings!, CancellationToken.None);
        Assert.Equal(SmtpTestCodes.Auth, test.Code);
        Assert.Contains("535", test.Message);
    }

    [Fact]
    public void XOAUTH2_without_a_user_name_or_with_a_malformed_token_is_refused_naming_the_field()
    {
        var problems = SmtpSettingsService.Validate(Input(25) with { Authentication = SmtpAuthentication.XOAuth2, AccessToken = "Bearer abc" });

        Assert.Equal(["accessToken", "userName"], problems.Select(p => p.Field).Order().ToArray());
        Assert.Contains("XOAUTH2", problems.Single(p => p.Field == "userName").Message);
        Assert.Contains("printable ASCII", problems.Single(p => p.Field == "accessToken").Message);
    }
}
