using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.EndToEnd.Support;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// A backlog (more executions queued than may run at once) drains back to back: when a run ends the worker claims
/// the next one at once instead of idling until its next poll.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class BacklogTests(TestPlugins plugins, BacklogTests.Host shared) : IClassFixture<BacklogTests.Host>
{
    /// <summary>One execution at a time and a poll so rare that only a wake-up can start the next run.</summary>
    public sealed class Host : SharedHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Executions:MaxConcurrent"] = "1",
            ["Executions:PollInterval"] = "00:10:00",
            ["Scheduler:Enabled"] = "false",
        };
    }

    [Fact]
    public async Task Queued_executions_run_one_after_another_without_waiting_for_the_poll()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var queue = host.Get<ExecutionQueue>();
        var queued = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, EndToEndHost.DailyCronAt(DateTimeOffset.UtcNow.AddHours(12)),
                [$"backlog-{i}@example.test"], parameters: new { rows = 20 });
            queued.Add((await queue.EnqueueManualAsync(schedule.Id, ExecutionTrigger.Manual, owner.UserId, CancellationToken.None)).Id);
        }

        // Well under the 10-minute poll: each run starts when the one before it ends.
        var finished = new List<Execution>();
        foreach (var id in queued)
        {
            finished.Add(await host.FinishedAsync(id, TimeSpan.FromSeconds(90)));
        }

        Assert.All(finished, e => Assert.Equal(ExecutionStatus.Succeeded, e.Status));
        var ordered = finished.OrderBy(e => e.StartedAt).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            // MaxConcurrent 1: never two at once.
            Assert.True(ordered[i].StartedAt >= ordered[i - 1].FinishedAt, $"run {i} started {ordered[i].StartedAt:O} before run {i - 1} finished {ordered[i - 1].FinishedAt:O}");
        }
    }
}
