using Microsoft.EntityFrameworkCore;
using ReportGraph.Abstractions;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Scheduling;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>
/// Three host processes (<c>dotnet ReportGraph.Host.dll</c>, each with its own data folder) on one PostgreSQL
/// database and a real SMTP server: schedules due at the same second run once each across the nodes, a node killed
/// with SIGKILL mid-execution is replaced by another after its lease, and a PostgreSQL restart loses no run.
/// Schedules and runs are created by an in-process "setup" host that neither fires schedules nor runs executions.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterProcessTests(PostgresServer server) : IAsyncLifetime
{
    private readonly TempFolder _folder = new("rg-pg-procs");
    private readonly List<HostProcess> _nodes = [];
    private SmtpTestServer _smtp = null!;
    private EndToEndHost _setup = null!;
    private string _database = "";

    private Dictionary<string, string?> NodeSettings(string node) => new()
    {
        ["Database:Provider"] = "PostgreSQL",
        ["Database:ConnectionString"] = _database,
        ["Executions:NodeId"] = node,
        // Short leases so a survivor takes over a dead node's run within seconds.
        ["Executions:LeaseDuration"] = "00:00:02",
        ["Demo:Enabled"] = "true",
        ["DataSources:demo:Provider"] = "Sqlite",
        ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
    };

    public async Task InitializeAsync()
    {
        _database = await server.CreateDatabaseAsync("cluster_procs");
        _smtp = await SmtpTestServer.StartAsync(_folder.Combine("smtp"));
        var setup = NodeSettings("setup");
        setup["Scheduler:Enabled"] = "false";
        setup["Executions:PollInterval"] = "00:10:00"; // it must not take executions
        _setup = EndToEndHost.Start(_folder.Combine("setup"), RepositoryPaths.PluginsJson, _smtp.Port, setup);
        // Each node needs the demo data source in its own folder; generating it three times over would dominate the
        // test's time, so each starts with a copy of the setup host's (its start-up then only checks it is current).
        for (var n = 1; n <= 3; n++)
        {
            Directory.CreateDirectory(_folder.Combine($"node-{n}"));
            File.Copy(_folder.Combine("setup", "demo.db"), _folder.Combine($"node-{n}", "demo.db"));
        }

        // Started together, as after a deployment: they share the migrated store and one key ring.
        _nodes.AddRange(await Task.WhenAll(Enumerable.Range(1, 3).Select(n =>
            HostProcess.StartAsync(_folder.Combine($"node-{n}"), RepositoryPaths.PluginsJson, _smtp.Port, NodeSettings($"node-{n}")))));
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await _setup.DisposeAsync();
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Thirty_schedules_due_at_the_same_second_run_exactly_once_each_across_three_nodes_and_each_email_is_sent_once()
    {
        var owner = await _setup.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        var now = DateTimeOffset.UtcNow;
        var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddSeconds(12);
        var schedules = new List<Schedule>();
        for (var i = 0; i < 30; i++)
        {
            schedules.Add(await _setup.CreateScheduleAsync(owner, "payer-drift", EndToEndHost.DailyCronAt(due), [$"r{i:00}-{unique}@example.test"], formats: [ReportFormat.Csv]));
        }

        var ids = schedules.Select(s => s.Id).ToList();
        var finished = await Eventually.GetAsync(async () =>
            {
                await using var db = await _setup.Db();
                var runs = await db.Executions.AsNoTracking().Where(e => ids.Contains(e.ScheduleId)).ToListAsync();
                return runs.Count >= 30 && runs.All(e => EndToEndHost.IsFinal(e.Status)) ? runs : null;
            }, TimeSpan.FromSeconds(90), "30 scheduled runs to finish", TailsAsync);

        await Task.Delay(TimeSpan.FromSeconds(2)); // a duplicate firing would show up by now
        await using (var db = await _setup.Db())
        {
            var runs = await db.Executions.AsNoTracking().Where(e => ids.Contains(e.ScheduleId)).ToListAsync();
            Assert.Equal(30, runs.Count);
            Assert.Equal(30, runs.Select(e => e.ScheduleId).Distinct().Count());
            Assert.All(runs, e => Assert.True(e.Status == ExecutionStatus.Succeeded, $"{e.Status}: {e.ErrorMessage}"));
            Assert.All(runs, e => Assert.Equal(due, e.ScheduledFor));

            // And each schedule fires again: its trigger, set anew by the fire, points at the next run (a completion
            // that deleted the spent one-shot after the fire had replaced it would end the schedule silently).
            var triggers = _setup.Get<ScheduleTriggers>();
            foreach (var schedule in await db.Schedules.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync())
            {
                Assert.True(schedule.NextRunAt > due, $"schedule {schedule.Id} did not advance");
                Assert.Equal(schedule.NextRunAt, await triggers.GetFireTimeAsync(schedule.Id, CancellationToken.None));
            }
        }

        var messages = _smtp.Messages().Where(m => (m.Header("To") ?? "").Contains(unique, StringComparison.Ordinal)).ToList();
        Assert.Equal(30, messages.Count);
        Assert.Equal(30, messages.Select(m => m.Header("To")).Distinct().Count());
    }

    [Fact]
    public async Task A_node_killed_mid_execution_is_replaced_after_its_lease_and_no_email_recorded_as_sent_goes_out_again()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] quick = [$"a-{unique}@example.test", $"b-{unique}@example.test"];
        var stuck = $"c-{unique}@example.test";
        // c's mailbox answers "try later" until the test lets it through: the execution is mid-delivery when killed.
        _smtp.Defer(stuck, "451 4.3.0 try later", 1_000_000);
        var owner = await _setup.CreateOwnerAsync();
        var schedule = await _setup.CreateScheduleAsync(owner, "payer-drift", new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(06, 00)), [.. quick, stuck], formats: [ReportFormat.Csv]);
        var executionId = await QueueAsync(schedule.Id, owner.UserId);

        var running = await Eventually.GetAsync(async () =>
            {
                await using var db = await _setup.Db();
                var e = (await db.Executions.AsNoTracking().Where(x => x.Id == executionId).WithDeliveriesAsync(db)).Single();
                return e.Status == ExecutionStatus.Running && e.LeaseOwner is not null
                    && e.Deliveries.Count(d => d.Status == DeliveryStatus.Sent) == 2
                    && e.Deliveries.Any(d => d.Email == stuck && d.Status == DeliveryStatus.Pending && d.Attempts >= 2) ? e : null;
            }, TimeSpan.FromSeconds(60), "a and b sent, c retrying", TailsAsync);

        var victim = int.Parse(running.LeaseOwner!["node-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        await _nodes[victim - 1].KillAsync();
        Assert.Equal(1, EmailsTo(quick[0]));
        _smtp.Defer(stuck, "451 4.3.0 try later", 0); // c's mailbox accepts again

        var finished = await Eventually.GetAsync(async () =>
            {
                await using var db = await _setup.Db();
                var e = (await db.Executions.AsNoTracking().Where(x => x.Id == executionId).WithDeliveriesAsync(db)).Single();
                return EndToEndHost.IsFinal(e.Status) ? e : null;
            }, TimeSpan.FromSeconds(60), "a surviving node to finish the execution", TailsAsync);

        Assert.Equal(ExecutionStatus.Succeeded, finished.Status);
        Assert.Equal(2, finished.Attempt); // claimed by the killed node, then by a survivor
        Assert.Null(finished.LeaseOwner);
        Assert.All(finished.Deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.All(quick.Append(stuck), a => Assert.Equal(1, EmailsTo(a)));
        await using (var db = await _setup.Db())
        {
            Assert.False(await db.Executions.AnyAsync(e => e.ScheduleId == schedule.Id && e.Status == ExecutionStatus.Running));
        }
    }

    [Fact]
    public async Task PostgreSQL_restarting_during_a_run_loses_nothing_the_nodes_reconnect_and_the_run_completes()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var slow = $"slow-{unique}@example.test";
        // The run waits at c's mailbox while the database goes away and comes back.
        _smtp.Defer(slow, "451 4.3.0 try later", 1_000_000);
        var owner = await _setup.CreateOwnerAsync();
        var schedule = await _setup.CreateScheduleAsync(owner, "payer-drift", new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(06, 00)), [slow], formats: [ReportFormat.Csv]);
        var executionId = await QueueAsync(schedule.Id, owner.UserId);
        await Eventually.TrueAsync(async () =>
            {
                await using var db = await _setup.Db();
                return await db.Deliveries.AnyAsync(d => d.ExecutionId == executionId && d.Attempts >= 1);
            }, TimeSpan.FromSeconds(60), "the run to reach delivery", TailsAsync);

        await server.RestartAsync();
        _smtp.Defer(slow, "451 4.3.0 try later", 0);

        var finished = await Eventually.GetAsync(async () =>
            {
                await using var db = await _setup.Db();
                var e = await db.Executions.AsNoTracking().SingleAsync(x => x.Id == executionId);
                return EndToEndHost.IsFinal(e.Status) ? e : null;
            }, TimeSpan.FromSeconds(90), "the run to finish after the restart", TailsAsync);

        Assert.True(finished.Status == ExecutionStatus.Succeeded, $"{finished.Status}: {finished.ErrorMessage}");
        Assert.Equal(1, EmailsTo(slow));
        // Every node is still alive and ready after the outage.
        using var http = new HttpClient();
        foreach (var node in _nodes)
        {
            await Eventually.TrueAsync(async () => (await http.GetAsync($"http://127.0.0.1:{node.Port}/health/ready")).IsSuccessStatusCode,
                TimeSpan.FromSeconds(30), $"node on {node.Port} ready again", () => Task.FromResult(node.Tail()));
        }
    }

    /// <summary>A manual run put straight into the store (no wake-up signal for the setup host's worker).</summary>
    private async Task<Guid> QueueAsync(Guid scheduleId, Guid ownerId)
    {
        await using var db = await _setup.Db();
        var now = DateTimeOffset.UtcNow;
        var execution = new Execution
        {
            ScheduleId = scheduleId,
            Trigger = ExecutionTrigger.Manual,
            Status = ExecutionStatus.Queued,
            ScheduledFor = now,
            CreatedAt = now,
            RequestedById = ownerId,
        };
        db.Executions.Add(execution);
        await db.SaveChangesAsync();
        return execution.Id;
    }

    private int EmailsTo(string address) =>
        Directory.GetFiles(_smtp.MailDirectory, "*.eml")
            .Count(f => MimeMessage.Parse(File.ReadAllBytes(f)).Header("To")?.Contains(address, StringComparison.OrdinalIgnoreCase) == true);

    private Task<string> TailsAsync() =>
        Task.FromResult(string.Join("\n---\n", _nodes.Select((n, i) => $"node-{i + 1}:\n{n.Tail(30)}")));
}
