using System.Net;
using System.Text.Json;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>
/// The download links of report emails as the web app's landing page sees them: the anonymous <c>downloadLink</c>
/// query (valid, expired, not valid, removed), the email's link to <c>/email/files/{token}</c>, and the direct
/// <c>/files/{token}</c> that keeps downloading.
/// </summary>
public sealed class DownloadLinkPageTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private const string Document = "query($t: String!) { downloadLink(token: $t) { status fileName format contentType sizeBytes expiresAt scheduleName periodLabel scheduledFor url } }";
    private static readonly byte[] Csv = "tutor,hours\r\nAna,12.5\r\n"u8.ToArray();

    private SignedArtifactLinks Links => host.Get<SignedArtifactLinks>();

    // Signed out, like a reader who opens the email on another device.
    private ApiClient Anonymous => new(host.App.CreateClient());

    [Fact]
    public async Task A_valid_link_shows_the_file_and_its_run_and_its_url_downloads_without_signing_in()
    {
        var scenario = new DeliveryScenario(host).WithFile("tutors.csv", "text/csv", Csv);
        await scenario.CreateAsync();
        var link = Links.Create(scenario.Artifacts["tutors.csv"].ArtifactId);

        var page = await QueryAsync(link.Token);

        Assert.Equal("AVAILABLE", page.GetProperty("status").GetString());
        Assert.Equal("tutors.csv", page.GetProperty("fileName").GetString());
        Assert.Equal("CSV", page.GetProperty("format").GetString());
        Assert.Equal("text/csv", page.GetProperty("contentType").GetString());
        Assert.Equal(Csv.Length, page.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(Milliseconds(link.ExpiresAt), Milliseconds(page.GetProperty("expiresAt").GetDateTimeOffset()));
        Assert.Equal($"Weekly tutors {scenario.Unique}", page.GetProperty("scheduleName").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero), page.GetProperty("scheduledFor").GetDateTimeOffset());
        Assert.Equal("/files/" + link.Token, page.GetProperty("url").GetString());

        var download = await host.App.CreateClient().GetAsync(page.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Csv, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_expired_link_says_when_it_expired_and_shows_nothing_of_the_file()
    {
        var scenario = new DeliveryScenario(host).WithFile("old.csv", "text/csv", Csv);
        await scenario.CreateAsync();
        var expiredAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        var link = Links.Create(scenario.Artifacts["old.csv"].ArtifactId, expiredAt);

        var page = await QueryAsync(link.Token);

        Assert.Equal("EXPIRED", page.GetProperty("status").GetString());
        Assert.Equal(Milliseconds(expiredAt), Milliseconds(page.GetProperty("expiresAt").GetDateTimeOffset()));
        foreach (var hidden in new[] { "fileName", "format", "sizeBytes", "scheduleName", "periodLabel", "scheduledFor", "url" })
        {
            Assert.Equal(JsonValueKind.Null, page.GetProperty(hidden).ValueKind);
        }

        // The direct endpoint agrees: the link no longer downloads.
        Assert.Equal(HttpStatusCode.Gone, (await host.App.CreateClient().GetAsync(link.Url.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_tampered_token_is_not_valid_and_reveals_nothing()
    {
        var scenario = new DeliveryScenario(host).WithFile("a.csv", "text/csv", Csv);
        await scenario.CreateAsync();
        var token = Links.Create(scenario.Artifacts["a.csv"].ArtifactId).Token;
        var tampered = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];

        var page = await QueryAsync(tampered);

        Assert.Equal("NOT_VALID", page.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("expiresAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("fileName").ValueKind);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("url").ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("a/../../etc/passwd")]
    public async Task A_garbled_or_forged_token_is_not_valid_rather_than_an_error(string token)
    {
        Assert.Equal("NOT_VALID", (await QueryAsync(token)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_very_long_token_is_not_valid_rather_than_an_error()
    {
        Assert.Equal("NOT_VALID", (await QueryAsync(new string('t', 10_000))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_link_whose_file_was_deleted_by_retention_says_removed()
    {
        var scenario = new DeliveryScenario(host).WithFile("gone.csv", "text/csv", Csv);
        await scenario.CreateAsync();
        File.Delete(scenario.Artifacts["gone.csv"].StoragePath);
        var link = Links.Create(scenario.Artifacts["gone.csv"].ArtifactId);

        var page = await QueryAsync(link.Token);

        Assert.Equal("REMOVED", page.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("fileName").ValueKind);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("url").ValueKind);
        Assert.Equal(HttpStatusCode.Gone, (await host.App.CreateClient().GetAsync(link.Url.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_link_whose_run_was_removed_says_removed()
    {
        // A genuine token naming an artifact that no longer exists: retention deleted the run, or the schedule was deleted.
        var page = await QueryAsync(Links.Create(Guid.NewGuid()).Token);

        Assert.Equal("REMOVED", page.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_email_links_each_file_to_the_app_page_in_both_parts_and_the_direct_link_still_downloads()
    {
        var scenario = new DeliveryScenario(host).WithFile("big.csv", "text/csv", Csv);
        var reader = scenario.Address("reader");
        var report = await scenario.WithRecipient(reader).CreateAsync();
        var link = Links.Create(scenario.Artifacts["big.csv"].ArtifactId);
        var composer = host.Get<EmailComposer>();
        var smtp = new SmtpServerSettings("127.0.0.1", 25, SmtpSecurity.None, null, null, "reports@example.test", null);

        using var message = await composer.ComposeAsync(report, [new PlannedFile(scenario.Artifacts["big.csv"], link)],
            new EmailAddressee(reader, null, scenario.Recipients[reader].UnsubscribeToken), smtp, "<m@example.test>");

        var page = $"https://reports.example.test/email/files/{link.Token}";
        Assert.Contains(page, message.TextBody);
        Assert.Contains($"href=\"{page}\"", message.HtmlBody);
        Assert.DoesNotContain("https://reports.example.test/files/", message.TextBody);
        Assert.DoesNotContain("https://reports.example.test/files/", message.HtmlBody);
        Assert.Empty(message.Attachments);

        // What the page then shows, and the direct download it offers: the same link without /email.
        Assert.Equal("AVAILABLE", (await QueryAsync(new Uri(page).Segments[^1])).GetProperty("status").GetString());
        var direct = await host.App.CreateClient().GetAsync(new Uri(page).PathAndQuery.Replace("/email/files/", "/files/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(Csv, await direct.Content.ReadAsByteArrayAsync());
    }

    private async Task<JsonElement> QueryAsync(string token) =>
        (await Anonymous.DataAsync(Document, new { t = token })).GetProperty("downloadLink");

    private static DateTimeOffset Milliseconds(DateTimeOffset at) => DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
}
