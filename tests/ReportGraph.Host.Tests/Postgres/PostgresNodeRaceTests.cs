using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>
/// Two nodes of a cluster, each with its own DbContext factory, queue and leases, racing on one PostgreSQL
/// database: an occurrence is queued once, an execution is claimed by one node, and a dead node's work is
/// taken over after its lease runs out.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresNodeRaceTests(PostgresServer server) : IAsyncLifetime
{
    private const int Racers = 16;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Occurrence = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(1)); // Berlin 08:00
    // One clock for both "nodes", as a real wall clock is; FakeTimeProvider locks, so the racing threads may read it.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 7, 0, 5, TimeSpan.Zero));
    private string _database = "";
    private Schedule _schedule = null!;
    private Node _a = null!;
    private Node _b = null!;

    public async Task InitializeAsync()
    {
        _database = await server.CreateDatabaseAsync("nodes");
        _schedule = await PostgresStore.MigrateAndSeedScheduleAsync(_database);
        _a = new Node("node-a", _database, _clock);
        _b = new Node("node-b", _database, _clock);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Concurrent_enqueues_of_one_occurrence_from_two_nodes_make_exactly_one_execution()
    {
        using var start = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, Racers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            var node = i % 2 == 0 ? _a : _b;
            // Half the nodes write the occurrence in the zone's offset, half in UTC: it is one instant.
            var at = i % 4 < 2 ? Occurrence : Occurrence.ToUniversalTime();
            return await node.Queue.EnqueueScheduledAsync(_schedule.Id, at, CancellationToken.None);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r is not null);
        await using var db = PostgresStore.Open(_database);
        var row = await db.Executions.SingleAsync();
        Assert.Equal(winner!.Id, row.Id);
        Assert.Equal(ExecutionStatus.Queued, row.Status);
        Assert.Equal(Occurrence, row.ScheduledFor);
    }

    [Fact]
    public async Task Concurrent_claims_of_one_queued_execution_from_two_nodes_succeed_exactly_once()
    {
        var execution = await _a.Queue.EnqueueScheduledAsync(_schedule.Id, Occurrence, CancellationToken.None);
        Assert.NotNull(execution);

        using var start = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, Racers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            var node = i % 2 == 0 ? _a : _b;
            return (node.Id, Claimed: await node.Leases.TryClaimAsync(execution.Id, CancellationToken.None));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r.Claimed);
        await using var db = PostgresStore.Open(_database);
        var row = await db.Executions.SingleAsync(e => e.Id == execution.Id);
        Assert.Equal(ExecutionStatus.Running, row.Status);
        Assert.Equal(winner.Id, row.LeaseOwner);
        Assert.Equal(1, row.Attempt);
        Assert.Equal(_clock.GetUtcNow() + Lease, row.LeaseExpiresAt);
    }

    [Fact]
    public async Task A_live_lease_is_not_taken_and_is_renewed_only_by_its_owner()
    {
        var execution = (await _a.Queue.EnqueueScheduledAsync(_schedule.Id, Occurrence, CancellationToken.None))!;
        Assert.True(await _a.Leases.TryClaimAsync(execution.Id, CancellationToken.None));

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(execution.Id, await _b.Leases.FindClaimableAsync(10, CancellationToken.None));
        Assert.False(await _b.Leases.TryClaimAsync(execution.Id, CancellationToken.None));
        Assert.False(await _b.Leases.RenewAsync(execution.Id, CancellationToken.None));
        Assert.True(await _a.Leases.RenewAsync(execution.Id, CancellationToken.None));

        // The renewal pushed the expiry out, so a moment later the lease still holds.
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(await _b.Leases.TryClaimAsync(execution.Id, CancellationToken.None));
        await using var db = PostgresStore.Open(_database);
        Assert.Equal("node-a", (await db.Executions.SingleAsync(e => e.Id == execution.Id)).LeaseOwner);
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_by_the_other_node_and_the_old_node_then_learns_it_lost_it()
    {
        var execution = (await _a.Queue.EnqueueScheduledAsync(_schedule.Id, Occurrence, CancellationToken.None))!;
        Assert.True(await _a.Leases.TryClaimAsync(execution.Id, CancellationToken.None));

        // Node A stops heartbeating (it died, or hangs) and its lease runs out.
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Contains(execution.Id, await _b.Leases.FindClaimableAsync(10, CancellationToken.None));
        var takeovers = await Task.WhenAll(
            Task.Run(() => _b.Leases.TryClaimAsync(execution.Id, CancellationToken.None)),
            Task.Run(() => _b.Leases.TryClaimAsync(execution.Id, CancellationToken.None)));
        Assert.Single(takeovers, claimed => claimed);

        Assert.False(await _a.Leases.RenewAsync(execution.Id, CancellationToken.None));
        Assert.False(await _a.Leases.TryClaimAsync(execution.Id, CancellationToken.None));
        Assert.True(await _b.Leases.RenewAsync(execution.Id, CancellationToken.None));

        await using var db = PostgresStore.Open(_database);
        var row = await db.Executions.SingleAsync(e => e.Id == execution.Id);
        Assert.Equal("node-b", row.LeaseOwner);
        Assert.Equal(2, row.Attempt);
        Assert.Equal(ExecutionStatus.Running, row.Status);
    }

    [Fact]
    public async Task Finished_executions_are_never_claimed_again()
    {
        var execution = (await _a.Queue.EnqueueScheduledAsync(_schedule.Id, Occurrence, CancellationToken.None))!;
        Assert.True(await _a.Leases.TryClaimAsync(execution.Id, CancellationToken.None));
        await using (var db = PostgresStore.Open(_database))
        {
            await db.Executions.Where(e => e.Id == execution.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ExecutionStatus.Succeeded));
        }

        _clock.Advance(Lease * 3);
        Assert.Empty(await _b.Leases.FindClaimableAsync(10, CancellationToken.None));
        Assert.False(await _b.Leases.TryClaimAsync(execution.Id, CancellationToken.None));
    }

    /// <summary>One node: its own id, DbContext factory, queue and leases, on the shared clock.</summary>
    private sealed class Node
    {
        public Node(string id, string connectionString, TimeProvider clock)
        {
            Id = id;
            var dbs = PostgresStore.Factory(connectionString);
            var options = Options.Create(new ExecutionOptions { NodeId = id, LeaseDuration = Lease });
            Queue = new ExecutionQueue(dbs, clock, new ExecutionSignal(), new InProcessExecutionEvents());
            Leases = new ExecutionLeases(dbs, clock, options);
        }

        public string Id { get; }

        public ExecutionQueue Queue { get; }

        public ExecutionLeases Leases { get; }
    }
}
