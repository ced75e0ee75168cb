using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Scheduling;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// Two complete hosts (own scheduler handler, queue, worker and node id) on one SQLite store fire the same due
/// occurrence several times at once, as two scheduler instances would after a double fire.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class TwoHostsTests(TestPlugins plugins)
{
    [Fact]
    public async Task Two_hosts_firing_the_same_occurrence_make_one_execution_run_by_one_node_and_one_email_per_recipient()
    {
        using var folder = new TempFolder("rg-e2e-two");
        var data = folder.Combine("data");
        await using var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"));
        Dictionary<string, string?> Node(string id) => new() { ["Executions:NodeId"] = id, ["Scheduler:Enabled"] = "false" };
        await using var a = EndToEndHost.Start(data, plugins.CatalogPath, smtp.Port, Node("node-a"));
        await using var b = EndToEndHost.Start(data, plugins.CatalogPath, smtp.Port, Node("node-b"));
        var owner = await a.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] recipients = [$"r1-{unique}@example.test", $"r2-{unique}@example.test", $"r3-{unique}@example.test"];
        var schedule = await a.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(6, 0)), recipients,
            parameters: new { rows = 4 });
        var due = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using (var db = await a.Db())
        {
            await db.Schedules.Where(s => s.Id == schedule.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.NextRunAt, due));
        }

        // Six fires of the same occurrence, alternating between the two hosts, all at once.
        using var start = new ManualResetEventSlim();
        var fires = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await (i % 2 == 0 ? a : b).Get<OccurrenceHandler>().HandleDueAsync(schedule.Id, CancellationToken.None);
        })).ToList();
        start.Set();
        var nextRuns = await Task.WhenAll(fires);

        var execution = await a.FinishedExecutionAsync(schedule.Id, _ => true, "the occurrence to run");
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second run, if there were one
        Assert.Single(await a.ExecutionsAsync(schedule.Id));
        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal(due, execution.ScheduledFor);
        Assert.Equal(1, execution.Attempt); // claimed once, by one of the two workers
        Assert.All(nextRuns, n => Assert.True(n > DateTimeOffset.UtcNow, $"next run {n:O} did not advance"));
        Assert.Single(nextRuns.Distinct());
        foreach (var address in recipients)
        {
            Assert.Single(smtp.Messages(), m => m.Header("To")!.Contains(address, StringComparison.OrdinalIgnoreCase));
        }
    }
}
