using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Deliveries.Webhooks;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries.Webhooks;

/// <summary>
/// The real host with webhooks allowed on loopback (as in Development), one attempt while the run lasts and the
/// background retries slowed down, so each test runs the retry passes itself.
/// </summary>
public sealed class WebhookHost : DeliveryHost
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Delivery:MaxAttempts"] = "1",
        ["Delivery:RetryPollInterval"] = "01:00:00",
        ["Delivery:AllowPrivateWebhookHosts"] = "true",
        ["Delivery:WebhookTimeout"] = "00:00:05",
    };
}

public sealed class WebhookDeliveryTests(WebhookHost host) : IClassFixture<WebhookHost>, IDisposable
{
    private const string Secret = "whsec-0123456789abcdef";
    private readonly WebhookReceiver _receiver = WebhookReceiver.Start();

    public void Dispose() => _receiver.Dispose();

    [Fact]
    public async Task A_slack_webhook_gets_a_message_with_the_report_period_kpis_and_signed_download_links_recorded_like_an_email()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.WithRecipient(scenario.Address("ana")).WithFile("report.pdf", "application/pdf", "%PDF-1.7 test"u8.ToArray()).CreateAsync();
        await AddWebhookAsync(scenario, WebhookKind.Slack, "#finance", _receiver.Url("slack"));

        // The two runners as the run calls them, with the scenario's formatted KPIs.
        await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);
        await host.Get<WebhookRunner>().DeliverAsync(report, CancellationToken.None);

        var post = Assert.Single(_receiver.At("slack"));
        var json = post.Json;
        Assert.Contains("Week 47, 2026", json.GetProperty("text").GetString());
        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.Equal("Tutor weekly report", blocks[0].GetProperty("text").GetProperty("text").GetString());
        var fields = blocks.Where(b => b.TryGetProperty("fields", out _)).SelectMany(b => b.GetProperty("fields").EnumerateArray()).Select(f => f.GetProperty("text").GetString()).ToList();
        Assert.Contains("*Sessions*\n1,204\n_vs 1,150 last week_", fields);
        Assert.Contains("*No-shows*\n3.1 %", fields);
        var download = blocks.Select(b => b.TryGetProperty("text", out var t) ? t.GetProperty("text").GetString()! : "").Single(t => t.StartsWith("Download:", StringComparison.Ordinal));
        var link = LinkIn(download);
        Assert.Equal($"Download: <{link}|report.pdf>", download);
        Assert.Equal(scenario.Artifacts["report.pdf"].ArtifactId, host.Get<SignedArtifactLinks>().Read(link["https://reports.example.test/files/".Length..]));

        var deliveries = await scenario.DeliveriesAsync();
        Assert.Equal(2, deliveries.Count); // the email and the webhook, side by side
        var webhook = Assert.Single(deliveries, d => d.Channel == DeliveryChannel.Webhook);
        Assert.Equal((DeliveryStatus.Sent, 1, "200 OK: ok"), (webhook.Status, webhook.Attempts, webhook.LastReply));
        Assert.Equal($"SLACK #finance (127.0.0.1:{_receiver.Port})", webhook.Target);
        Assert.Null(webhook.Payload);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(deliveries, d => d.Channel == DeliveryChannel.Email).Status);
    }

    [Fact]
    public async Task A_teams_webhook_gets_an_adaptive_card_with_the_kpis_as_facts_and_one_download_action_per_file()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.WithRecipient(scenario.Address("ana"))
            .WithFile("report.pdf", "application/pdf", "%PDF-1.7 test"u8.ToArray()).WithFile("report.csv", "text/csv", "a,b\r\n"u8.ToArray()).CreateAsync();
        await AddWebhookAsync(scenario, WebhookKind.Teams, "Finance channel", _receiver.Url("teams"));

        await host.Get<WebhookRunner>().DeliverAsync(report, CancellationToken.None);

        var json = Assert.Single(_receiver.At("teams")).Json;
        Assert.Equal("message", json.GetProperty("type").GetString());
        var attachment = json.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var body = card.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal("Tutor weekly report", body[0].GetProperty("text").GetString());
        Assert.Contains("Week 47, 2026", body[1].GetProperty("text").GetString());
        var facts = body.Single(b => b.GetProperty("type").GetString() == "FactSet").GetProperty("facts").EnumerateArray()
            .Select(f => (f.GetProperty("title").GetString(), f.GetProperty("value").GetString())).ToList();
        Assert.Equal([("Sessions", "1,204 (vs 1,150 last week)"), ("No-shows", "3.1 %")], facts);
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Download report.csv", "Download report.pdf"], actions.Select(a => a.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.OpenUrl", a.GetProperty("type").GetString());
            Assert.StartsWith("https://reports.example.test/files/", a.GetProperty("url").GetString());
        });
    }

    [Fact]
    public async Task A_json_webhook_is_signed_with_hmac_sha256_over_timestamp_and_body_that_the_receiver_can_verify()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.WithRecipient(scenario.Address("ana")).WithFile("report.csv", "text/csv", "a,b\r\n1,2\r\n"u8.ToArray()).CreateAsync();
        report = report with { Run = report.Run with { Result = new ReportResult { Title = "Tutor weekly report", Tables = [], Kpis = [new Kpi("Sessions", 1204), new Kpi("No-shows", 0.031)] } } };
        await AddWebhookAsync(scenario, WebhookKind.Json, "ERP", _receiver.Url("json"), Secret);

        await host.Get<IExecutionDelivery>().DeliverAsync(report.Run, CancellationToken.None);

        var post = Assert.Single(_receiver.At("json"));
        var header = post.Headers["X-ReportGraph-Signature"];
        Assert.Matches("^t=[0-9]+,v1=[0-9a-f]{64}$", header);
        // Verified the way the README tells receivers to, without the host's code.
        var t = header.Split(',')[0][2..];
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(t + "." + post.Body)));
        Assert.Equal(expected, header.Split(',')[1][3..]);
        Assert.InRange(long.Parse(t, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.True(WebhookSignature.Verify(Secret, header, post.Body, DateTimeOffset.UtcNow));
        Assert.False(WebhookSignature.Verify(Secret, header, post.Body.Replace("1204", "9999", StringComparison.Ordinal), DateTimeOffset.UtcNow), "a changed body does not verify");
        Assert.False(WebhookSignature.Verify("another-secret-of-16", header, post.Body, DateTimeOffset.UtcNow), "another secret does not verify");
        Assert.False(WebhookSignature.Verify(Secret, header, post.Body, DateTimeOffset.UtcNow.AddMinutes(6)), "a replay after the window does not verify");

        var json = post.Json;
        var delivery = Assert.Single(await scenario.DeliveriesAsync(), d => d.Channel == DeliveryChannel.Webhook);
        Assert.Equal("report.delivered", json.GetProperty("event").GetString());
        Assert.Equal(ReportGraph.Host.Api.GlobalId.Encode("Delivery", delivery.Id), json.GetProperty("deliveryId").GetString());
        Assert.Equal(json.GetProperty("deliveryId").GetString(), post.Headers["X-ReportGraph-Delivery"]);
        Assert.Equal(ReportGraph.Host.Api.GlobalId.Encode("Execution", scenario.ExecutionId), json.GetProperty("executionId").GetString());
        Assert.Equal(ReportGraph.Host.Api.GlobalId.Encode("Schedule", scenario.ScheduleId), json.GetProperty("schedule").GetProperty("id").GetString());
        Assert.Equal("Week 47, 2026", json.GetProperty("period").GetProperty("label").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-11-16T00:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("period").GetProperty("start").GetDateTimeOffset());
        var kpi = json.GetProperty("kpis")[0];
        Assert.Equal(("Sessions", 1204), (kpi.GetProperty("label").GetString(), kpi.GetProperty("value").GetInt32()));
        Assert.StartsWith("1,204", kpi.GetProperty("formatted").GetString());
        var artifact = json.GetProperty("artifacts")[0];
        Assert.Equal(("report.csv", "text/csv", 10L), (artifact.GetProperty("fileName").GetString(), artifact.GetProperty("contentType").GetString(), artifact.GetProperty("sizeBytes").GetInt64()));
        Assert.StartsWith("https://reports.example.test/files/", artifact.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.String, artifact.GetProperty("expiresAt").ValueKind);
        Assert.DoesNotContain(Secret, post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_that_is_down_gets_the_post_once_through_the_durable_retries_when_it_is_back_and_the_execution_then_succeeds()
    {
        var port = SmtpTestServer.FreePort(); // nothing listens yet: connections are refused
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        await AddWebhookAsync(scenario, WebhookKind.Json, "ERP", $"http://127.0.0.1:{port}/hook", Secret);

        var outcome = await host.Get<IExecutionDelivery>().DeliverAsync(report.Run, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 0, 0, Pending: 1), outcome);
        var waiting = Assert.Single(await scenario.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Pending, 1), (waiting.Status, waiting.Attempts));
        Assert.Contains($"127.0.0.1:{port}", waiting.LastReply);
        Assert.NotNull(waiting.NextAttemptAt);
        Assert.NotNull(waiting.Payload);
        await WaitForRetriesAsync(scenario.ExecutionId);

        // Still down at the first retry.
        await DueNowAsync(scenario.ExecutionId);
        Assert.Equal(1, await host.Get<WebhookRetries>().RunDueAsync(CancellationToken.None));
        Assert.Equal((DeliveryStatus.Pending, 2), await StatusAsync(scenario));

        using var receiver = WebhookReceiver.Start(port);
        await DueNowAsync(scenario.ExecutionId);
        Assert.Equal(1, await host.Get<WebhookRetries>().RunDueAsync(CancellationToken.None));
        await DueNowAsync(scenario.ExecutionId);
        Assert.Equal(0, await host.Get<WebhookRetries>().RunDueAsync(CancellationToken.None));

        var post = Assert.Single(receiver.Received);
        Assert.True(WebhookSignature.Verify(Secret, post.Headers["X-ReportGraph-Signature"], post.Body, DateTimeOffset.UtcNow), "signed afresh at the retry");
        var sent = Assert.Single(await scenario.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Sent, 3), (sent.Status, sent.Attempts));
        Assert.Null(sent.Payload);
        var execution = await ExecutionAsync(scenario.ExecutionId);
        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
    }

    [Fact]
    public async Task A_503_with_retry_after_waits_at_least_as_long_as_the_receiver_asked()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        await AddWebhookAsync(scenario, WebhookKind.Slack, "#ops", _receiver.Url("busy"));
        _receiver.Answer("busy", 503, retryAfter: "120");

        var before = DateTimeOffset.UtcNow;
        await host.Get<IExecutionDelivery>().DeliverAsync(report.Run, CancellationToken.None);

        var waiting = Assert.Single(await scenario.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        Assert.StartsWith("503", waiting.LastReply);
        Assert.True(waiting.NextAttemptAt >= before.AddSeconds(119), $"next attempt {waiting.NextAttemptAt:O} honours Retry-After: 120");
        await WaitForRetriesAsync(scenario.ExecutionId);
        Assert.Equal(0, await host.Get<WebhookRetries>().RunDueAsync(CancellationToken.None)); // not yet due
    }

    [Fact]
    public async Task A_4xx_answer_other_than_408_and_429_is_final_at_once_and_never_retried()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        await AddWebhookAsync(scenario, WebhookKind.Slack, "#gone", _receiver.Url("gone"));
        _receiver.Answer("gone", 404, times: 5);

        var outcome = await host.Get<IExecutionDelivery>().DeliverAsync(report.Run, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 1, 0), outcome);
        var failed = Assert.Single(await scenario.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Failed, 1, "404 Not Found: no_service"), (failed.Status, failed.Attempts, failed.LastReply));
        Assert.Null(failed.NextAttemptAt);
        Assert.Single(_receiver.At("gone"));
    }

    [Fact]
    public async Task A_429_is_retried()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        await AddWebhookAsync(scenario, WebhookKind.Teams, "Busy", _receiver.Url("limited"));
        _receiver.Answer("limited", 429);

        await host.Get<IExecutionDelivery>().DeliverAsync(report.Run, CancellationToken.None);
        await WaitForRetriesAsync(scenario.ExecutionId);
        await DueNowAsync(scenario.ExecutionId);
        await host.Get<WebhookRetries>().RunDueAsync(CancellationToken.None);

        Assert.Equal((DeliveryStatus.Sent, 2), await StatusAsync(scenario));
        Assert.Equal(2, _receiver.At("limited").Count);
        Assert.Equal(ExecutionStatus.Succeeded, (await ExecutionAsync(scenario.ExecutionId)).Status);
    }

    [Fact]
    public async Task A_test_run_goes_to_the_caller_only_and_posts_to_no_webhook()
    {
        var scenario = new DeliveryScenario(host) { Trigger = ExecutionTrigger.Test };
        var report = await scenario.CreateAsync();
        await AddWebhookAsync(scenario, WebhookKind.Slack, "#finance", _receiver.Url("test-run"));

        await host.Get<IExecutionDelivery>().DeliverAsync(report.Run with { TestAddress = scenario.Address("me") }, CancellationToken.None);

        Assert.Empty(_receiver.At("test-run"));
        Assert.DoesNotContain(await scenario.DeliveriesAsync(), d => d.Channel == DeliveryChannel.Webhook);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_leaves_out_kpis_and_says_so()
    {
        var scenario = new DeliveryScenario(host);
        var report = await scenario.CreateAsync();
        var many = Enumerable.Range(1, 2000).Select(i => new FormattedKpi($"Tutor {i} hours this week", "12.5", "vs 11 last week", KpiTone.Neutral)).ToList();
        await AddWebhookAsync(scenario, WebhookKind.Teams, "Big", _receiver.Url("big"));

        await host.Get<WebhookRunner>().DeliverAsync(report with { Kpis = many }, CancellationToken.None);

        var post = Assert.Single(_receiver.At("big"));
        Assert.InRange(Encoding.UTF8.GetByteCount(post.Body), 20_000, 25 * 1024);
        Assert.Contains("KPIs and 0 links were left out to keep the message within 25600 bytes", post.Body);
        Assert.Equal((DeliveryStatus.Sent, 1), await StatusAsync(scenario));
    }

    private async Task AddWebhookAsync(DeliveryScenario scenario, WebhookKind kind, string name, string url, string? secret = null)
    {
        await using var db = await Db();
        db.ScheduleWebhooks.Add(new ScheduleWebhook
        {
            ScheduleId = scenario.ScheduleId,
            Kind = kind,
            Name = name,
            Url = url,
            EncryptedSecret = secret is null ? null : host.Get<WebhookTargets>().ProtectSecret(secret),
            AddedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static string LinkIn(string body)
    {
        var start = body.IndexOf("https://reports.example.test/files/", StringComparison.Ordinal);
        var end = body.IndexOf('|', start);
        return body[start..end];
    }

    private static async Task<(DeliveryStatus, int)> StatusAsync(DeliveryScenario scenario)
    {
        var delivery = Assert.Single(await scenario.DeliveriesAsync(), d => d.Channel == DeliveryChannel.Webhook);
        return (delivery.Status, delivery.Attempts);
    }

    private async Task<ReportGraphDbContext> Db() => await host.Get<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();

    private async Task<Execution> ExecutionAsync(Guid executionId)
    {
        await using var db = await Db();
        return await db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId);
    }

    /// <summary>What the run does when deliveries are left pending: the execution waits for its retries.</summary>
    private async Task WaitForRetriesAsync(Guid executionId)
    {
        await using var db = await Db();
        await db.Executions.Where(e => e.Id == executionId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ExecutionStatus.Delivering).SetProperty(e => e.LeaseOwner, (string?)null).SetProperty(e => e.LeaseExpiresAt, (DateTimeOffset?)null));
    }

    /// <summary>Skips the backoff: the pending deliveries of the execution are due now.</summary>
    private async Task DueNowAsync(Guid executionId)
    {
        await using var db = await Db();
        await db.Set<Delivery>().Where(d => d.ExecutionId == executionId && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
    }
}
