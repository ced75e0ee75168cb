using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>The SMTP server is down when the report is sent and comes back a little later.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SmtpOutageTests(TestPlugins plugins)
{
    [Fact]
    public async Task While_the_smtp_server_is_down_deliveries_retry_with_backoff_and_are_sent_once_it_is_back()
    {
        using var folder = new TempFolder("rg-e2e-outage");
        var port = SmtpTestServer.FreePort(); // nothing listens here yet: connections are refused
        await using var host = EndToEndHost.Start(folder.Combine("data"), plugins.CatalogPath, port,
            new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" });
        var owner = await host.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] recipients = [$"one-{unique}@example.test", $"two-{unique}@example.test"];
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(6, 0)), recipients,
            parameters: new { rows = 3 });

        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);

        // Several failed attempts, each recorded with what went wrong, while the execution stays open.
        var retrying = await Eventually.GetAsync(async () =>
                await host.ExecutionAsync(queued.Id) is { } e && e.Deliveries.Count == 2 && e.Deliveries.All(d => d.Attempts >= 3) ? e : null,
            TimeSpan.FromSeconds(40), "three failed attempts per delivery", host.DiagnosticsAsync);
        Assert.Equal(ExecutionStatus.Running, retrying.Status);
        Assert.All(retrying.Deliveries, d =>
        {
            Assert.Equal(DeliveryStatus.Pending, d.Status);
            Assert.Contains($"127.0.0.1:{port}", d.LastReply);
        });

        await using var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"), port);
        var execution = await host.FinishedAsync(queued.Id);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.All(execution.Deliveries, d =>
        {
            Assert.Equal(DeliveryStatus.Sent, d.Status);
            Assert.True(d.Attempts >= 4, $"{d.Email} was sent after {d.Attempts} attempts");
        });
        var messages = smtp.MessagesOf(execution.Id);
        Assert.Equal(2, messages.Count);
        foreach (var address in recipients)
        {
            Assert.Single(messages, m => m.Header("To")!.Contains(address, StringComparison.OrdinalIgnoreCase));
        }
    }
}
