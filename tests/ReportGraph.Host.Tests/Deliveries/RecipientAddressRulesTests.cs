using System.Text;
using MimeKit;
using ReportGraph.Host.Api;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>
/// Issue #10 item 5: a display name can never make the To header show another address (RFC 5322 quoting, RFC 2047
/// encoded words), and the address validator accepts exactly what the sender can send.
/// </summary>
public sealed class RecipientAddressRulesTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    public static TheoryData<string> HostileNames => new()
    {
        "Eve, <eve@evil.com>",
        "\"Eve, <eve@evil.com>\"",
        "Eve <eve@evil.com>, Mallory <mallory@evil.com>",
        "eve@evil.com",
        "Eve; mallory@evil.com",
        "Ève \"the boss\" <boss@evil.com>",
        "(comment) eve@evil.com",
        "Eve\\\", <eve@evil.com>",
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task A_display_name_with_quotes_commas_or_brackets_arrives_as_that_name_of_the_one_intended_address(string name)
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana, name).CreateAsync();

        Assert.Equal(new DeliveryOutcome(1, 0, 0), await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None));

        var message = Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
        // Parse the To header as a mail program would: exactly one mailbox, the intended address, the given name.
        var parsed = InternetAddressList.Parse(message.Header("To")!);
        var mailbox = Assert.IsType<MailboxAddress>(Assert.Single(parsed));
        Assert.Equal(ana, mailbox.Address);
        Assert.Equal(name, mailbox.Name);
    }

    [Theory]
    [InlineData("=?utf-8?q?eve=40evil=2Ecom?= <eve@evil.com>")]
    [InlineData("Eve\r\nBcc: eve@evil.com")]
    public void A_display_name_that_would_decode_to_other_text_or_break_the_header_is_refused(string name)
    {
        var errors = new List<InputError>();
        ScheduleValidator.CheckRecipients([new RecipientInput("ada@example.org", name)], required: true, errors);
        var error = Assert.Single(errors);
        Assert.Equal(new object[] { "recipients", 0, "displayName" }, error.Path);
        Assert.Contains("=?", error.Message);
    }

    [Theory]
    [InlineData("ada@example.org")]
    [InlineData("ada.lovelace+reports@example.org")]
    [InlineData("o'brien@example.co.uk")]
    [InlineData("jörg@example.test")]      // needs SMTPUTF8; a server without it fails that delivery saying so
    [InlineData("ana@bücher.example")]     // goes out as punycode (xn--bcher-kva) on any server
    [InlineData("x!#$%&*/=?^_`{|}~-@example.org")]
    public void The_validator_accepts_addresses_the_sender_can_send(string email)
    {
        var errors = new List<InputError>();
        Assert.Equal(email, ScheduleValidator.CheckEmail(email, ["recipients", 0, "email"], errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("\"eve, <eve@evil.com>\"@example.org")]
    [InlineData("\"a b\"@example.org")]
    [InlineData("ada(comment)@example.org")]
    [InlineData("ada@exa_mple.org")]
    [InlineData("ada@-example.org")]
    [InlineData("Ada <ada@example.org>")]
    [InlineData("ada@example.org, eve@evil.com")]
    [InlineData("ada@example")]
    [InlineData("ada\u0085@example.org")]
    public void The_validator_refuses_addresses_the_sender_cannot_send_or_that_hide_another(string email)
    {
        var errors = new List<InputError>();
        Assert.Null(ScheduleValidator.CheckEmail(email, ["recipients", 0, "email"], errors));
        var error = Assert.Single(errors);
        Assert.Equal("INVALID", error.Code);
        Assert.Equal(new object[] { "recipients", 0, "email" }, error.Path);
    }

    [Fact]
    public async Task An_international_domain_is_delivered_as_punycode_by_a_server_without_SMTPUTF8()
    {
        await using var ascii = await SmtpTestServer.StartAsync(host.Folder.Combine("idn-" + Guid.NewGuid().ToString("N")), smtpUtf8: false);
        var scenario = new DeliveryScenario(host);
        var ana = $"ana-{scenario.Unique}@bücher.example";
        var report = await scenario.WithRecipient(ana, "Ana").CreateAsync();
        await host.Get<SmtpSettingsService>().SaveAsync(scenario.OwnerId, new SaveSmtpSettingsInput
        {
            Host = "127.0.0.1",
            Port = ascii.Port,
            Security = SmtpSecurity.None,
            FromAddress = "owner@example.test",
        }, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(1, 0, 0), await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None));

        var file = Assert.Single(ascii.MessageFiles());
        var raw = await File.ReadAllBytesAsync(file);
        var headers = Encoding.Latin1.GetString(raw);
        headers = headers[..headers.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.All(Encoding.Latin1.GetBytes(headers), b => Assert.True(b < 0x80, "every header byte is ASCII without SMTPUTF8"));
        Assert.Contains("xn--bcher-kva.example", headers);
    }
}
