using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>
/// Durable delivery retries on a cluster: nodes racing for the same due delivery on one PostgreSQL database each
/// try to claim its next attempt with the conditional update; exactly one of them gets it, so it is sent once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryClaimTests(PostgresServer server)
{
    private const int Racers = 16;

    [Fact]
    public async Task Nodes_racing_for_one_due_delivery_claim_its_next_attempt_exactly_once()
    {
        var database = await server.CreateDatabaseAsync("claims");
        var schedule = await PostgresStore.MigrateAndSeedScheduleAsync(database);
        var now = DateTimeOffset.UtcNow;
        var delivery = new Delivery
        {
            Email = "ana@example.test", NormalizedEmail = "ANA@EXAMPLE.TEST", Status = DeliveryStatus.Pending, Attempts = 5,
            LastReply = "451 4.3.0 try later", NextAttemptAt = now.AddSeconds(-1), RetryUntil = now.AddHours(23), UpdatedAt = now,
        };
        await using (var db = PostgresStore.Open(database))
        {
            var execution = new Execution { ScheduleId = schedule.Id, Trigger = ExecutionTrigger.Manual, Status = ExecutionStatus.Delivering, ScheduledFor = now, CreatedAt = now, StartedAt = now };
            db.Executions.Add(execution);
            delivery.ExecutionId = execution.Id;
            db.Set<Delivery>().Add(delivery);
            await db.SaveChangesAsync();
        }

        using var folder = new TempFolder("rg-pg-claims");
        using var start = new ManualResetEventSlim();
        var racers = Enumerable.Range(0, Racers).Select(_ => Task.Run(async () =>
        {
            // Each racer is a node of its own: own factory, own state changes, the delivery as it read it.
            var states = new DeliveryStates(PostgresStore.Factory(database), new StoredEmails(new DataDirectory(folder.Path), PostgresStore.Factory(database), inStore: true), new InProcessExecutionEvents(), TimeProvider.System);
            start.Wait();
            return await states.ClaimAttemptAsync(delivery, TimeSpan.FromSeconds(30), CancellationToken.None);
        })).ToList();
        start.Set();
        var claimed = await Task.WhenAll(racers);

        Assert.Single(claimed, c => c);
        await using var check = PostgresStore.Open(database);
        var row = await check.Set<Delivery>().AsNoTracking().SingleAsync();
        Assert.Equal(6, row.Attempts);
        Assert.True(row.NextAttemptAt > now.AddSeconds(30), "in flight: no other node may try it until the attempt must be over");
    }

    [Fact]
    public async Task A_claimed_then_sent_delivery_reads_back_with_the_instants_status_and_reply_written()
    {
        var database = await server.CreateDatabaseAsync("attempt-record");
        var schedule = await PostgresStore.MigrateAndSeedScheduleAsync(database);

        await DeliveryAttemptRecord.ClaimSendAndRecordAsync(PostgresStore.Factory(database), schedule.Id);
    }
}
