using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// What goes wrong between the plugin and the inbox, through "run now" on the real host: a rejected recipient, a
/// plugin that throws, a plugin that runs out of time, and files too big to attach.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DeliveryFaultTests(TestPlugins plugins, DeliveryFaultTests.Host shared) : IClassFixture<DeliveryFaultTests.Host>
{
    /// <summary>A 3 s time limit for plugins and a 4 KB attachment limit; the scheduler is off (runs are queued by hand).</summary>
    public sealed class Host : SharedHost
    {
        public const long MaxAttachmentBytes = 4096;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Executions:Timeout"] = "00:00:03",
            ["Delivery:MaxAttachmentBytes"] = MaxAttachmentBytes.ToString(CultureInfo.InvariantCulture),
            ["Scheduler:Enabled"] = "false",
        };
    }

    private static readonly RecurrenceInput Weekly = new(RecurrenceKind.Weekly, new TimeOnly(7, 30), [DayOfWeek.Monday]);

    [Fact]
    public async Task A_550_for_one_recipient_fails_that_delivery_with_the_reply_and_the_execution_is_partial()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        var good = $"good-{unique}@example.test";
        var bad = $"gone-{unique}@example.test";
        shared.Smtp.Reject(bad, "550 5.1.1 mailbox unavailable");
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, Weekly, [good, bad], parameters: new { rows = 3 });

        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);
        var execution = await host.FinishedAsync(queued.Id);

        Assert.Equal(ExecutionStatus.Partial, execution.Status);
        Assert.Contains("1 of 2 deliveries failed", execution.ErrorMessage);
        var failed = execution.Deliveries.Single(d => d.Email == bad);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Contains("550", failed.LastReply);
        Assert.Contains("mailbox unavailable", failed.LastReply);
        Assert.Equal(1, failed.Attempts); // a 5xx is final: no retries
        Assert.Equal(DeliveryStatus.Sent, execution.Deliveries.Single(d => d.Email == good).Status);
        var message = Assert.Single(shared.Smtp.MessagesOf(execution.Id));
        Assert.Contains(good, message.Header("To")!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_plugin_that_throws_fails_the_execution_with_the_reason_and_sends_nothing()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.ThrowsKey, Weekly, [$"x-{Guid.NewGuid():N}@example.test"]);

        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);
        var execution = await host.FinishedAsync(queued.Id);

        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.Contains(TestPlugins.FailureMessage, execution.ErrorMessage);
        Assert.Contains("InvalidOperationException", execution.ErrorMessage);
        Assert.Empty(execution.Deliveries);
        Assert.Empty(execution.Artifacts);
        Assert.Empty(shared.Smtp.MessagesOf(execution.Id));
        Assert.NotNull(execution.FinishedAt);
    }

    [Fact]
    public async Task A_plugin_exceeding_its_time_limit_fails_the_execution_with_the_reason()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.SlowKey, Weekly, [$"x-{Guid.NewGuid():N}@example.test"],
            parameters: new { seconds = 600 });

        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);
        var execution = await host.FinishedAsync(queued.Id, TimeSpan.FromSeconds(30));

        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.Contains("did not finish within its time limit of 00:00:03", execution.ErrorMessage);
        Assert.True(execution.DurationMs < 20_000, $"took {execution.DurationMs} ms: the time limit did not stop it");
        Assert.Empty(shared.Smtp.MessagesOf(execution.Id));
    }

    [Fact]
    public async Task An_attachment_above_the_limit_arrives_as_a_working_download_link()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var recipient = $"big-{Guid.NewGuid():N}@example.test";
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, Weekly, [recipient], parameters: new { rows = 400 });

        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);
        var execution = await host.FinishedAsync(queued.Id);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        var artifact = Assert.Single(execution.Artifacts);
        Assert.True(artifact.SizeBytes * 4 / 3 > Host.MaxAttachmentBytes, $"the CSV ({artifact.SizeBytes} bytes) should exceed the limit");
        var message = Assert.Single(shared.Smtp.MessagesOf(execution.Id));
        Assert.Empty(message.Attachments);

        // Both parts say so and carry the link.
        var text = message.Find("text/plain")!.Text;
        var html = message.Find("text/html")!.Text;
        var page = Regex.Match(text, @"http://localhost/email/files/[A-Za-z0-9_\-]+").Value;
        Assert.False(string.IsNullOrEmpty(page), "no download link in the text part:\n" + text);
        Assert.Contains(artifact.FileName, text);
        Assert.Contains(page.Replace("http://localhost", ""), html);
        // The link opens the app's download page; without /email it is the direct download.
        var link = page.Replace("/email/files/", "/files/", StringComparison.Ordinal);

        using var client = host.CreateClient();
        var response = await client.GetAsync(new Uri(link).PathAndQuery);
        Assert.True(response.IsSuccessStatusCode, $"the download link answered {(int)response.StatusCode}");
        var downloaded = await response.Content.ReadAsByteArrayAsync();
        var stored = await File.ReadAllBytesAsync(Path.GetFullPath(artifact.StoragePath, host.Get<DataDirectory>().Path));
        Assert.Equal(stored, downloaded);
        Assert.Equal(artifact.Sha256, Convert.ToHexStringLower(SHA256.HashData(downloaded)));
        ScheduledRunTests.AssertCsvHoldsRows(downloaded, 400);

        // A link that was tampered with does not download anything.
        var tampered = await client.GetAsync(new Uri(link).PathAndQuery[..^3] + "abc");
        Assert.Equal(System.Net.HttpStatusCode.Gone, tampered.StatusCode);
    }
}
