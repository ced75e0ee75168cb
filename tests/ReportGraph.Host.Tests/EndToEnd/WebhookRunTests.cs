using ReportGraph.Abstractions;
using ReportGraph.Host.Api;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Deliveries.Webhooks;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Deliveries.Webhooks;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// "Run now" on the real host for a schedule with webhooks besides its recipient: the plugin runs, the email and the
/// posts are delivered and recorded side by side, and a receiver that is down gets its post once it is back.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class WebhookRunTests(TestPlugins plugins, WebhookRunTests.Host shared) : IClassFixture<WebhookRunTests.Host>
{
    private const string Secret = "e2e-webhook-secret-0123";

    /// <summary>Receivers on loopback; two attempts within the run, then the retry worker polling every 0.2 s.</summary>
    public sealed class Host : SharedHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Delivery:AllowPrivateWebhookHosts"] = "true",
            ["Delivery:MaxAttempts"] = "2",
            ["Delivery:RetryPollInterval"] = "00:00:00.200",
        };
    }

    private static readonly RecurrenceInput Weekly = new(RecurrenceKind.Weekly, new TimeOnly(07, 30), [DayOfWeek.Monday]);

    [Fact]
    public async Task Run_now_posts_to_slack_and_a_signed_json_webhook_besides_the_email_and_records_every_delivery()
    {
        var host = await shared.HostAsync(plugins);
        using var receiver = WebhookReceiver.Start();
        var owner = await host.CreateOwnerAsync();
        var email = $"reader-{Guid.NewGuid():N}"[..20] + "@example.test";
        var schedule = await CreateAsync(host, owner, email, new WebhookInput(WebhookKind.Slack, receiver.Url("slack"), "#finance"),
            new WebhookInput(WebhookKind.Json, receiver.Url("json"), "ERP", Secret));

        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);
        var execution = await host.FinishedAsync(queued.Id);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal(3, execution.Deliveries.Count);
        Assert.All(execution.Deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.Equal(2, execution.Deliveries.Count(d => d.Channel == DeliveryChannel.Webhook));
        Assert.Single(shared.Smtp.MessagesOf(execution.Id));

        var json = Assert.Single(receiver.At("json"));
        Assert.True(WebhookSignature.Verify(Secret, json.Headers["X-ReportGraph-Signature"], json.Body, DateTimeOffset.UtcNow));
        var kpi = json.Json.GetProperty("kpis")[0];
        Assert.Equal(("Rows", 3), (kpi.GetProperty("label").GetString(), kpi.GetProperty("value").GetInt32()));
        var artifact = Assert.Single(json.Json.GetProperty("artifacts").EnumerateArray());
        var url = artifact.GetProperty("url").GetString()!;
        // The signed link downloads the run's file from the host.
        var download = await host.CreateClient().GetAsync(new Uri(url).PathAndQuery);
        Assert.True(download.IsSuccessStatusCode, $"GET {url}: {(int)download.StatusCode}");
        Assert.Equal(artifact.GetProperty("sizeBytes").GetInt64(), (await download.Content.ReadAsByteArrayAsync()).Length);

        var slack = Assert.Single(receiver.At("slack"));
        Assert.Contains(schedule.Name, slack.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_receiver_down_during_the_run_gets_the_post_exactly_once_from_the_retry_worker_when_back()
    {
        var host = await shared.HostAsync(plugins);
        var port = SmtpTestServer.FreePort();
        var owner = await host.CreateOwnerAsync();
        var email = $"reader-{Guid.NewGuid():N}"[..20] + "@example.test";
        var schedule = await CreateAsync(host, owner, email, new WebhookInput(WebhookKind.Teams, $"http://127.0.0.1:{port}/teams", "Finance team"));

        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);
        await Eventually.TrueAsync(async () => await host.ExecutionAsync(queued.Id) is { Status: ExecutionStatus.Delivering } e
                && e.Deliveries.Any(d => d.Channel == DeliveryChannel.Webhook && d.Attempts >= 2),
            TimeSpan.FromSeconds(60), "the execution waiting for the webhook's retries", host.DiagnosticsAsync);

        using var receiver = WebhookReceiver.Start(port);
        var execution = await host.FinishedAsync(queued.Id);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        var webhook = Assert.Single(execution.Deliveries, d => d.Channel == DeliveryChannel.Webhook);
        Assert.Equal(DeliveryStatus.Sent, webhook.Status);
        Assert.True(webhook.Attempts >= 3, $"{webhook.Attempts} attempts");
        await Task.Delay(600); // a few more passes of the retry worker: still one post
        Assert.Single(receiver.Received);
    }

    private static async Task<Schedule> CreateAsync(EndToEndHost host, Caller owner, string email, params WebhookInput[] webhooks)
    {
        var input = new CreateScheduleInput
        {
            Name = $"Webhooks {Guid.NewGuid():N}"[..20],
            ReportType = TestPlugins.RowsKey,
            Parameters = System.Text.Json.JsonSerializer.SerializeToElement(new { rows = 3 }),
            Recurrence = Weekly,
            TimeZone = "Europe/Berlin",
            Formats = [ReportFormat.Csv],
            Recipients = [new RecipientInput(email)],
            Webhooks = webhooks,
        };
        var result = await host.Get<ScheduleService>().CreateAsync(owner, input, CancellationToken.None);
        Assert.True(result.Errors.Count == 0, "The schedule was refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }
}
