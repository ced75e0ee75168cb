using System.Net;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>The plain endpoints of emails: signed download links and unsubscribe, through HTTP on the real host.</summary>
public sealed class LinksAndUnsubscribeTests(DeliveryHost host) : IClassFixture<DeliveryHost>
{
    private SignedArtifactLinks Links => host.Get<SignedArtifactLinks>();

    [Fact]
    public async Task An_expired_download_link_answers_410_with_a_page_saying_so()
    {
        var scenario = new DeliveryScenario(host).WithFile("a.csv", "text/csv", "x,y\r\n"u8.ToArray());
        await scenario.CreateAsync();
        var artifact = scenario.Artifacts["a.csv"];
        var expired = Links.Create(artifact.ArtifactId, DateTimeOffset.UtcNow.AddMinutes(-1));

        var response = await host.App.CreateClient().GetAsync(expired.Url.PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync());
        // The same artifact with a valid link downloads.
        var valid = await host.App.CreateClient().GetAsync(Links.Create(artifact.ArtifactId).Url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("x,y\r\n", await valid.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_or_garbled_download_token_answers_410(string token)
    {
        var response = await host.App.CreateClient().GetAsync($"/files/{token}");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task A_tampered_download_token_answers_410()
    {
        var scenario = new DeliveryScenario(host).WithFile("a.csv", "text/csv", "x\r\n"u8.ToArray());
        await scenario.CreateAsync();
        var url = Links.Create(scenario.Artifacts["a.csv"].ArtifactId).Url.AbsoluteUri;
        var token = url[(url.LastIndexOf('/') + 1)..];
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        var response = await host.App.CreateClient().GetAsync($"/files/{tampered}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_link_to_an_artifact_that_no_longer_exists_answers_404()
    {
        var response = await host.App.CreateClient().GetAsync(Links.Create(Guid.NewGuid()).Url.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_link_whose_file_was_removed_by_retention_answers_410()
    {
        var scenario = new DeliveryScenario(host).WithFile("old.csv", "text/csv", "x\r\n"u8.ToArray());
        await scenario.CreateAsync();
        File.Delete(scenario.Artifacts["old.csv"].StoragePath);

        var response = await host.App.CreateClient().GetAsync(Links.Create(scenario.Artifacts["old.csv"].ArtifactId).Url.PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("retention", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_unsubscribe_page_asks_for_confirmation_and_changes_nothing()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        await scenario.WithRecipient(ana).CreateAsync();
        var token = scenario.Recipients[ana].UnsubscribeToken;

        var response = await host.App.CreateClient().GetAsync($"/unsubscribe/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(scenario.Recipients[ana].Schedule?.Name ?? $"Weekly tutors {scenario.Unique}"), page);
        Assert.Contains($"<form method=\"post\" action=\"/unsubscribe/{token}\"", page);
        Assert.DoesNotContain(ana, page); // the address is masked
        Assert.True(await IsSubscribedAsync(scenario, ana));
    }

    [Fact]
    public async Task A_one_click_post_from_a_mail_client_unsubscribes_and_the_next_delivery_skips_that_recipient_only()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var bo = scenario.Address("bo");
        var report = await scenario.WithRecipient(ana).WithRecipient(bo).CreateAsync();
        var token = scenario.Recipients[ana].UnsubscribeToken;

        // What a mail client sends (RFC 8058): no cookies, no antiforgery token, this exact body.
        var response = await host.App.CreateClient().PostAsync($"/unsubscribe/{token}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("You have been unsubscribed from", page);
        Assert.Contains($"Weekly tutors {scenario.Unique}", page);
        Assert.Contains($"action=\"/unsubscribe/{token}/resubscribe\"", page);
        Assert.False(await IsSubscribedAsync(scenario, ana));
        Assert.True(await IsSubscribedAsync(scenario, bo));

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);
        Assert.Equal(new DeliveryOutcome(1, 0, 1), outcome);
        var message = Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
        Assert.Contains(bo, message.Header("To"));
        Assert.Equal(DeliveryStatus.Skipped, (await scenario.DeliveryAsync(ana)).Status);
    }

    [Fact]
    public async Task The_page_button_post_with_an_empty_body_unsubscribes_and_resubscribe_undoes_it()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        await scenario.WithRecipient(ana).CreateAsync();
        var token = scenario.Recipients[ana].UnsubscribeToken;
        var client = host.App.CreateClient();

        var unsubscribed = await client.PostAsync($"/unsubscribe/{token}", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.False(await IsSubscribedAsync(scenario, ana));
        // Posting again is harmless.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/unsubscribe/{token}", null)).StatusCode);

        var resubscribed = await client.PostAsync($"/unsubscribe/{token}/resubscribe", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.OK, resubscribed.StatusCode);
        Assert.Contains("again", await resubscribed.Content.ReadAsStringAsync());
        Assert.True(await IsSubscribedAsync(scenario, ana));
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "")]
    [InlineData("POST", "/resubscribe")]
    public async Task An_unknown_token_answers_404_with_a_page_that_reveals_nothing(string method, string suffix)
    {
        var unknown = DeliveryScenario.NewToken();
        var response = await host.App.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/unsubscribe/{unknown}{suffix}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("not valid", page);
        Assert.DoesNotContain("@", page);
        Assert.DoesNotContain("Weekly", page);
    }

    [Fact]
    public async Task A_malformed_token_answers_404()
    {
        var response = await host.App.CreateClient().GetAsync("/unsubscribe/'%20or%201=1");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<bool> IsSubscribedAsync(DeliveryScenario scenario, string email)
    {
        await using var db = await host.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<ReportGraph.Host.Data.ReportGraphDbContext>>().CreateDbContextAsync();
        return db.Recipients.Single(r => r.Id == scenario.Recipients[email].Id).IsSubscribed;
    }
}
