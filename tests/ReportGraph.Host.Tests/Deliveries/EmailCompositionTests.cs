using ReportGraph.Abstractions;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>The email body from Razor components: the host template, a plugin's component, and broken ones.</summary>
public sealed class EmailCompositionTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private static ReportEmailModel Model(string? message = "Line 1\nLine <2>") => new()
    {
        Title = "Payer drift",
        ScheduleName = "Drift <weekly>",
        Message = message,
        Period = new ReportPeriod(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(7), "Week 1, 1970"),
        Recipient = new ReportRecipient("ana@example.test", null),
        UnsubscribeUrl = new Uri("https://reports.example.test/unsubscribe/abc"),
        Files = [new EmailFile("big.pdf", 30 * 1024 * 1024, new Uri("https://reports.example.test/files/tok")) { DownloadExpiresAt = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1)) }],
    };

    [Fact]
    public async Task The_host_template_encodes_values_and_shows_files_links_and_unsubscribe()
    {
        var html = await host.Get<EmailBodyRenderer>().RenderAsync(null, Model());
        var shown = System.Net.WebUtility.HtmlDecode(html);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("Hello,", html);
        Assert.Contains("Line &lt;2&gt;", html);
        Assert.Contains("too large to attach", html);
        Assert.Contains("href=\"https://reports.example.test/files/tok\"", html);
        Assert.Contains("link valid until 2026-11-30 09:00 (UTC+01:00)", shown);
        Assert.Contains("href=\"https://reports.example.test/unsubscribe/abc\"", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<style", html);

        var text = PlainTextEmail.Render(Model(message: null));
        Assert.Contains("here is the latest \"Drift <weekly>\" report.", text);
        Assert.Contains("big.pdf (30 MB) — too large to attach — download (link valid until 2026-11-30 09:00 (UTC+01:00)): https://reports.example.test/files/tok", text);
        Assert.Contains("Unsubscribe: https://reports.example.test/unsubscribe/abc", text);
    }

    [Fact]
    public async Task A_plugin_component_with_a_Model_parameter_renders_the_body()
    {
        var html = await host.Get<EmailBodyRenderer>().RenderAsync(typeof(PluginEmail), Model());
        Assert.Contains("<h1>Plugin: Payer drift</h1>", html);
    }

    [Fact]
    public async Task A_plugin_type_that_is_not_a_usable_component_falls_back_to_the_host_template()
    {
        var html = await host.Get<EmailBodyRenderer>().RenderAsync(typeof(string), Model());
        Assert.Contains("Payer drift", html);
        Assert.Contains("Unsubscribe", html);
    }

    [Fact]
    public async Task A_plugin_component_that_throws_falls_back_to_the_host_template()
    {
        var html = await host.Get<EmailBodyRenderer>().RenderAsync(typeof(ThrowingEmail), Model());
        Assert.Contains("Unsubscribe", html);
        Assert.Contains(host.Logs, l => l.Contains(nameof(ThrowingEmail)));
    }

    [Fact]
    public async Task A_configured_unsubscribe_mailbox_is_added_to_List_Unsubscribe_after_the_https_link()
    {
        var options = new DeliveryOptions { PublicBaseUrl = "https://reports.example.test/", UnsubscribeMailto = "unsubscribe@example.test" };
        var fixedOptions = new FixedOptions(options);
        var composer = new EmailComposer(host.Get<EmailBodyRenderer>(), fixedOptions, new PublicBaseUrl(fixedOptions, host.Get<Microsoft.AspNetCore.Hosting.Server.IServer>()), host.Get<ArtifactStore>());
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        var smtp = new SmtpServerSettings("127.0.0.1", 25, SmtpSecurity.None, null, null, "reports@example.test", null);

        using var message = await composer.ComposeAsync(report, [], new EmailAddressee("ana@example.test", "Ana", "tok_123"), smtp, "<id@reports.example.test>");

        Assert.Equal("<https://reports.example.test/unsubscribe/tok_123>, <mailto:unsubscribe@example.test?subject=unsubscribe%20tok_123>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task A_test_email_to_someone_who_is_not_a_recipient_has_no_List_Unsubscribe_header()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        var smtp = new SmtpServerSettings("127.0.0.1", 25, SmtpSecurity.None, null, null, "reports@example.test", null);

        using var message = await host.Get<EmailComposer>().ComposeAsync(report, [], new EmailAddressee("caller@example.test", null, null), smtp, "<id@x>");

        Assert.Null(message.Headers["List-Unsubscribe"]);
        Assert.Null(message.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task The_body_rendered_once_per_run_is_for_each_recipient_the_html_a_render_for_them_alone_gives()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        var composer = host.Get<EmailComposer>();
        var shared = composer.Shared(report, []);
        EmailAddressee[] recipients =
        [
            new("ana@example.test", "Ana Lopez", "tok_Ana-1"),
            new("bo+reports@example.test", null, "tok_Bo"),
            new("cy@example.test", "   ", "tok_Cy"),
            new("dee@example.test", "  José <Dee> & \"Ö\" 山田 ", "tok/with?odd=chars"),
            new("caller@example.test", "Caller", null), // a test email to someone who is not a recipient
        ];

        foreach (var to in recipients)
        {
            var alone = await composer.RenderHtmlAsync(report, [], to);
            Assert.Equal(alone, await shared.HtmlAsync(to));
        }

        Assert.Contains("Hello José <Dee> & \"Ö\" 山田,", System.Net.WebUtility.HtmlDecode(await shared.HtmlAsync(recipients[3])));
        Assert.Contains("bo+reports@example.test", System.Net.WebUtility.HtmlDecode(await shared.HtmlAsync(recipients[1])));
    }

    // Sizes around base64's 57-byte lines, the encoder's 32 KB reads, and several reads.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(56)]
    [InlineData(57)]
    [InlineData(58)]
    [InlineData(32_769)]
    [InlineData(57_000)]
    [InlineData(100_001)]
    [InlineData(300_007)]
    public async Task An_attachment_encoded_once_for_all_recipients_is_sent_as_the_bytes_each_email_encoded_for_itself(int size)
    {
        var content = new byte[size];
        new Random(size).NextBytes(content);
        var scenario = new DeliveryScenario(host).WithFile("claims.pdf", "application/pdf", content);
        var report = await scenario.CreateAsync();
        var composer = host.Get<EmailComposer>();
        var smtp = new SmtpServerSettings("127.0.0.1", 25, SmtpSecurity.None, null, null, "reports@example.test", null);
        IReadOnlyList<PlannedFile> files = [new PlannedFile(scenario.Artifacts["claims.pdf"], null)];
        // A pass before this one used (and gave back) a larger encoding: what it left in a reused array is not sent.
        await EncodeInAnEarlierPassAsync(composer, smtp, size + 5_000);
        using var encoded = composer.Encoded(CancellationToken.None);
        var ana = new EmailAddressee("ana@example.test", "Ana", "tok_a");
        var bo = new EmailAddressee("bo@example.test", null, "tok_b");

        using var alone = await composer.ComposeAsync(report, files, ana, smtp, "<a@x>");
        using var first = await composer.ComposeAsync(report, files, ana, smtp, "<a@x>", shared: null, encoded);
        using var second = await composer.ComposeAsync(report, files, bo, smtp, "<b@x>", shared: null, encoded);

        foreach (var newLines in new[] { MimeKit.NewLineFormat.Dos, MimeKit.NewLineFormat.Unix })
        {
            var expected = Written(alone, newLines);
            Assert.Equal(expected, Written(first, newLines));
            Assert.Equal(expected, Written(second, newLines));
            Assert.Equal(expected, Written(first, newLines)); // written again, e.g. kept for a retry after a failed send
        }

        // The size announced to the server (SIZE=) is that of the whole message, without writing the encoded files to measure it.
        using var client = new SizingSmtpClient();
        var dos = MimeKit.FormatOptions.Default.Clone();
        dos.NewLineFormat = MimeKit.NewLineFormat.Dos;
        using var measured = new MimeKit.IO.MeasuringStream();
        await second.WriteToAsync(dos, measured);
        Assert.Equal(measured.Length, await client.MeasureAsync(dos, second, CancellationToken.None));
        Assert.Equal(Written(alone, MimeKit.NewLineFormat.Dos), Written(second, MimeKit.NewLineFormat.Dos)); // its files are back

        using var decoded = new MemoryStream();
        await second.Attachments.OfType<MimeKit.MimePart>().Single().Content!.DecodeToAsync(decoded);
        Assert.Equal(content, decoded.ToArray());
    }

    private async Task EncodeInAnEarlierPassAsync(EmailComposer composer, SmtpServerSettings smtp, int size)
    {
        var content = new byte[size];
        content.AsSpan().Fill((byte)'x');
        var scenario = new DeliveryScenario(host).WithFile("earlier.pdf", "application/pdf", content);
        var report = await scenario.CreateAsync();
        using var encoded = composer.Encoded(CancellationToken.None);
        using var message = await composer.ComposeAsync(report, [new PlannedFile(scenario.Artifacts["earlier.pdf"], null)],
            new EmailAddressee("earlier@example.test", null, "tok_e"), smtp, "<e@x>", shared: null, encoded);
        Assert.NotEmpty(Written(message, MimeKit.NewLineFormat.Dos));
    }

    private static byte[] Written(MimeKit.MimeMessage message, MimeKit.NewLineFormat newLines)
    {
        var format = MimeKit.FormatOptions.Default.Clone();
        format.NewLineFormat = newLines;
        using var bytes = new MemoryStream();
        message.Attachments.OfType<MimeKit.MimePart>().Single().WriteTo(format, bytes);
        return bytes.ToArray();
    }

    [Fact]
    public async Task A_plugin_component_is_still_rendered_for_each_recipient()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        report = report with { Run = report.Run with { Result = new ReportResult { Title = "Per reader", Tables = [], EmailComponent = typeof(RecipientEmail) } } };
        var shared = host.Get<EmailComposer>().Shared(report, []);

        Assert.Contains("<p>For ana@example.test</p>", await shared.HtmlAsync(new EmailAddressee("ana@example.test", null, "a")));
        Assert.Contains("<p>For bo@example.test</p>", await shared.HtmlAsync(new EmailAddressee("bo@example.test", null, "b")));
    }

    /// <summary>A plugin's email component that shows the recipient's address its own way.</summary>
    public sealed class RecipientEmail : Microsoft.AspNetCore.Components.ComponentBase
    {
        [Microsoft.AspNetCore.Components.Parameter]
        public ReportEmailModel Model { get; set; } = default!;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddContent(1, "For " + Model.Recipient.Email.ToLowerInvariant());
            builder.CloseElement();
        }
    }

    private sealed class FixedOptions(DeliveryOptions value) : Microsoft.Extensions.Options.IOptionsMonitor<DeliveryOptions>
    {
        public DeliveryOptions CurrentValue => value;

        public DeliveryOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<DeliveryOptions, string?> listener) => null;
    }

    /// <summary>A plugin's email component, written without Razor syntax.</summary>
    public sealed class PluginEmail : Microsoft.AspNetCore.Components.ComponentBase
    {
        [Microsoft.AspNetCore.Components.Parameter]
        public ReportEmailModel Model { get; set; } = default!;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "h1");
            builder.AddContent(1, "Plugin: " + Model.Title);
            builder.CloseElement();
        }
    }

    public sealed class ThrowingEmail : Microsoft.AspNetCore.Components.ComponentBase
    {
        [Microsoft.AspNetCore.Components.Parameter]
        public ReportEmailModel Model { get; set; } = default!;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder) =>
            throw new InvalidOperationException("template bug");
    }
}
