using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Scheduling;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// Schedules fired by the real Quartz scheduler of the real host: the run, the files, the emails a recipient
/// receives, and one-click unsubscribe between two runs.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ScheduledRunTests(TestPlugins plugins, ScheduledRunTests.Host shared) : IClassFixture<ScheduledRunTests.Host>
{
    /// <summary>The scheduler on, and a failed fire retried after 1 s.</summary>
    public sealed class Host : SharedHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Scheduler:RetryDelay"] = "00:00:01" };
    }

    [Fact]
    public async Task A_schedule_due_in_a_few_seconds_runs_once_and_every_recipient_gets_one_email_with_readable_files()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] recipients = [$"ana-{unique}@example.test", $"bo-{unique}@example.test", $"cy-{unique}@example.test"];
        var due = TruncateToSecond(DateTimeOffset.UtcNow.AddSeconds(5));
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, EndToEndHost.DailyCronAt(due), recipients,
            parameters: new { rows = 40 }, formats: [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Pdf]);
        Assert.Equal(due, schedule.NextRunAt);

        var execution = await host.FinishedExecutionAsync(schedule.Id, e => e.Trigger == ExecutionTrigger.Scheduled, "the scheduled run");

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Null(execution.ErrorMessage);
        Assert.Equal(due, execution.ScheduledFor);
        Assert.Equal(40, execution.RowCount);
        Assert.True(execution.StartedAt >= due, $"started {execution.StartedAt:O} before it was due {due:O}");

        // Artifacts: one per format, the stored file has the recorded size and SHA-256.
        var data = host.Get<DataDirectory>().Path;
        Assert.Equal(new[] { "csv", "pdf", "xlsx" }, execution.Artifacts.Select(a => Path.GetExtension(a.FileName).TrimStart('.')).Order());
        foreach (var artifact in execution.Artifacts)
        {
            var bytes = await File.ReadAllBytesAsync(Path.GetFullPath(artifact.StoragePath, data));
            Assert.Equal(artifact.SizeBytes, bytes.LongLength);
            Assert.Equal(artifact.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        // Every subscribed recipient: exactly one email, and its attachments open and hold the rows.
        var messages = shared.Smtp.MessagesOf(execution.Id);
        Assert.Equal(3, messages.Count);
        foreach (var address in recipients)
        {
            var message = Assert.Single(messages, m => (m.Header("To") ?? "").Contains(address, StringComparison.OrdinalIgnoreCase));
            var attachments = message.Attachments;
            Assert.Equal(3, attachments.Count);
            foreach (var attachment in attachments)
            {
                var stored = execution.Artifacts.Single(a => a.FileName == attachment.FileName);
                Assert.Equal(stored.Sha256, Convert.ToHexStringLower(SHA256.HashData(attachment.Body)));
            }

            AssertCsvHoldsRows(attachments.Single(a => a.FileName!.EndsWith(".csv", StringComparison.Ordinal)).Body, 40);
            AssertXlsxHoldsRows(attachments.Single(a => a.FileName!.EndsWith(".xlsx", StringComparison.Ordinal)).Body, 40);
            AssertPdfHoldsRows(attachments.Single(a => a.FileName!.EndsWith(".pdf", StringComparison.Ordinal)).Body, 40);
        }

        Assert.All(execution.Deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));

        // It ran once: the next run moved on to tomorrow's occurrence, and no second execution appears.
        var after = await host.ScheduleAsync(schedule.Id);
        var expectedNext = RecurrenceCalendar.Next(after.GetRecurrence(), after.GetTimeZone(), due);
        Assert.Equal(expectedNext, after.NextRunAt);
        Assert.True(after.NextRunAt > DateTimeOffset.UtcNow.AddHours(20));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await host.ExecutionsAsync(schedule.Id));
        Assert.Equal(3, shared.Smtp.MessagesOf(execution.Id).Count);
    }

    [Fact]
    public async Task One_click_unsubscribe_stops_the_next_runs_email_to_that_recipient_only()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        var leaving = $"leaving-{unique}@example.test";
        var staying = $"staying-{unique}@example.test";
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey,
            new RecurrenceInput(RecurrenceKind.Cron, CronExpression: "0/3 * * * * ?"), [leaving, staying], parameters: new { rows = 5 });
        try
        {
            var first = await host.FinishedExecutionAsync(schedule.Id, e => e.Trigger == ExecutionTrigger.Scheduled, "the first run");
            Assert.Equal(ExecutionStatus.Succeeded, first.Status);
            var email = Assert.Single(shared.Smtp.MessagesOf(first.Id), m => m.Header("To")!.Contains(leaving, StringComparison.OrdinalIgnoreCase));

            // The header the mail client uses: <https link>, and the RFC 8058 one-click POST marker.
            Assert.Equal("List-Unsubscribe=One-Click", email.Header("List-Unsubscribe-Post"));
            var link = new Uri(Regex.Match(email.Header("List-Unsubscribe")!, "<(http[^>]+)>").Groups[1].Value);
            using var client = host.CreateClient();
            var response = await client.PostAsync(link.PathAndQuery,
                new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]));
            Assert.True(response.IsSuccessStatusCode, $"one-click POST answered {(int)response.StatusCode}");
            var unsubscribedAt = DateTimeOffset.UtcNow;

            var next = await host.FinishedExecutionAsync(schedule.Id,
                e => e.Trigger == ExecutionTrigger.Scheduled && e.ScheduledFor > unsubscribedAt.AddSeconds(1), "the next run after unsubscribing");

            Assert.Equal(ExecutionStatus.Succeeded, next.Status);
            Assert.Equal(DeliveryStatus.Skipped, next.Deliveries.Single(d => d.Email == leaving).Status);
            Assert.Equal(DeliveryStatus.Sent, next.Deliveries.Single(d => d.Email == staying).Status);
            var nextMessages = shared.Smtp.MessagesOf(next.Id);
            Assert.Single(nextMessages);
            Assert.Contains(staying, nextMessages[0].Header("To")!, StringComparison.OrdinalIgnoreCase);

            var recipient = (await host.ScheduleAsync(schedule.Id)).Recipients.Single(r => r.Email == leaving);
            Assert.False(recipient.IsSubscribed);
            Assert.NotNull(recipient.UnsubscribedAt);
        }
        finally
        {
            await host.Get<ScheduleService>().SetActiveAsync(owner, schedule.Id, false, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_fire_whose_handling_fails_is_tried_again_instead_of_silently_ending_the_schedule()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var due = TruncateToSecond(DateTimeOffset.UtcNow.AddSeconds(4));
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, EndToEndHost.DailyCronAt(due), [$"retry-{Guid.NewGuid():N}@example.test"]);
        // Broken in the store before it fires (a zone this machine does not know): handling the fire throws.
        await SetTimeZoneAsync(host, schedule.Id, "Mars/Olympus_Mons");

        var failure = $"Schedule {schedule.Id}: handling its due occurrence failed";
        await Eventually.TrueAsync(() => Task.FromResult(host.Logs.Any(l => l.Contains(failure, StringComparison.Ordinal))),
            TimeSpan.FromSeconds(30), "the failed fire to be logged", host.DiagnosticsAsync);
        Assert.Empty(await host.ExecutionsAsync(schedule.Id));
        Assert.NotNull(await host.Get<ScheduleTriggers>().GetFireTimeAsync(schedule.Id, CancellationToken.None)); // still armed

        // Repaired: the next try runs the occurrence, once.
        await SetTimeZoneAsync(host, schedule.Id, "Europe/Berlin");
        var execution = await host.FinishedExecutionAsync(schedule.Id, _ => true, "the retried fire to run");
        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal(due, execution.ScheduledFor);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await host.ExecutionsAsync(schedule.Id));
        Assert.True((await host.ScheduleAsync(schedule.Id)).NextRunAt > DateTimeOffset.UtcNow.AddHours(20));
    }

    private static async Task SetTimeZoneAsync(EndToEndHost host, Guid scheduleId, string zone)
    {
        await using var db = await host.Db();
        await db.Schedules.Where(s => s.Id == scheduleId).ExecuteUpdateAsync(u => u.SetProperty(s => s.TimeZoneId, zone));
    }

    internal static void AssertCsvHoldsRows(byte[] csv, int rows)
    {
        Assert.StartsWith("id,label,amount\r\n", System.Text.Encoding.UTF8.GetString(csv));
        var records = AttachmentReaders.Csv(csv);
        Assert.Equal(rows, records.Count);
        for (var i = 1; i <= rows; i++)
        {
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), records[i - 1][0]);
            Assert.Equal($"item-{i:D5}", records[i - 1][1]);
            Assert.Equal(i * 0.25m, decimal.Parse(records[i - 1][2], CultureInfo.InvariantCulture));
        }
    }

    internal static void AssertXlsxHoldsRows(byte[] xlsx, int rows)
    {
        var cells = AttachmentReaders.Xlsx(xlsx);
        var labels = cells.SelectMany(r => r).Where(c => c.StartsWith("item-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, rows).Select(i => $"item-{i:D5}"), labels);
        var last = cells.Single(r => r.Contains($"item-{rows:D5}"));
        Assert.Contains(last, c => decimal.TryParse(c, CultureInfo.InvariantCulture, out var v) && v == rows * 0.25m);
    }

    internal static void AssertPdfHoldsRows(byte[] pdf, int rows)
    {
        var text = AttachmentReaders.PdfText(pdf);
        for (var i = 1; i <= rows; i++)
        {
            Assert.Contains($"item-{i:D5}", text, StringComparison.Ordinal);
        }
    }

    private static DateTimeOffset TruncateToSecond(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
