using ReportGraph.Abstractions;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>
/// Two real hosts sharing one PostgreSQL database — one Quartz cluster, one store — and a real SMTP server: a
/// schedule due in a few seconds runs once on one of the nodes, and every recipient gets exactly one email.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterRunTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TempFolder _folder = new("rg-pg-cluster");
    private SmtpTestServer _smtp = null!;
    private string _database = "";
    private readonly List<EndToEndHost> _nodes = [];

    public async Task InitializeAsync()
    {
        _database = await server.CreateDatabaseAsync("cluster_run");
        _smtp = await SmtpTestServer.StartAsync(_folder.Combine("smtp"));
        foreach (var node in new[] { "node-a", "node-b" })
        {
            _nodes.Add(EndToEndHost.Start(_folder.Combine(node), RepositoryPaths.PluginsJson, _smtp.Port, new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSQL",
                ["Database:ConnectionString"] = _database,
                ["Executions:NodeId"] = node,
                // The sample plugins read the demo data set, which each node creates in its own data folder.
                ["Demo:Enabled"] = "true",
                ["DataSources:demo:Provider"] = "Sqlite",
                ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
            }));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_schedule_due_in_a_few_seconds_runs_once_across_the_cluster_and_each_recipient_gets_one_email()
    {
        var (a, b) = (_nodes[0], _nodes[1]);
        var owner = await a.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] recipients = [$"ana-{unique}@example.test", $"bo-{unique}@example.test"];
        var now = DateTimeOffset.UtcNow;
        var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(6);
        var schedule = await a.CreateScheduleAsync(owner, "payer-drift", EndToEndHost.DailyCronAt(due), recipients, formats: [ReportFormat.Csv]);
        Assert.Equal(due, schedule.NextRunAt); // written in Berlin's offset by the calendar, stored as the same instant

        // Either node may fire it and either may run it; both see the same outcome.
        var execution = await b.FinishedExecutionAsync(schedule.Id, e => e.Trigger == ExecutionTrigger.Scheduled, "the scheduled run on the cluster");

        Assert.True(execution.Status == ExecutionStatus.Succeeded, $"{execution.Status}: {execution.ErrorMessage}\n{await a.DiagnosticsAsync()}");
        Assert.Equal(due, execution.ScheduledFor);
        Assert.Equal(2, execution.Deliveries.Count);
        Assert.All(execution.Deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.NotEmpty(execution.Artifacts); // one CSV per table of the report
        Assert.All(execution.Artifacts, a => Assert.EndsWith(".csv", a.FileName));

        // Once: the next run moved on to tomorrow, no second execution appears, and each address got one email.
        var after = await a.ScheduleAsync(schedule.Id);
        Assert.Equal(RecurrenceCalendar.Next(after.GetRecurrence(), after.GetTimeZone(), due), after.NextRunAt);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(await a.ExecutionsAsync(schedule.Id));
        var messages = _smtp.MessagesOf(execution.Id);
        Assert.Equal(2, messages.Count);
        foreach (var address in recipients)
        {
            Assert.Single(messages, m => (m.Header("To") ?? "").Contains(address, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task A_run_now_on_one_node_is_visible_and_finished_on_the_other()
    {
        var (a, b) = (_nodes[0], _nodes[1]);
        var owner = await a.CreateOwnerAsync();
        var schedule = await a.CreateScheduleAsync(owner, "payer-drift",
            new RecurrenceInput(RecurrenceKind.Daily, TimeOfDay: new TimeOnly(6, 0)), [$"cy-{Guid.NewGuid():N}"[..9] + "@example.test"], formats: [ReportFormat.Csv]);

        var queued = await b.Get<ExecutionQueue>().EnqueueManualAsync(schedule.Id, ExecutionTrigger.Manual, owner.UserId, CancellationToken.None);
        var finished = await a.FinishedAsync(queued.Id);

        Assert.True(finished.Status == ExecutionStatus.Succeeded, $"{finished.Status}: {finished.ErrorMessage}");
        Assert.Single(_smtp.MessagesOf(queued.Id));
        Assert.Equal(schedule.NextRunAt, (await b.ScheduleAsync(schedule.Id)).NextRunAt); // run now leaves the calendar alone
    }
}
