using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Deliveries.Support;

/// <summary>
/// What one email's claim and record leave in a store: the values read back through EF Core must be the ones written,
/// and EF's own queries must compare them correctly (SQLite keeps instants as UTC ticks and statuses as text). Run on
/// each provider by its test class.
/// </summary>
internal static class DeliveryAttemptRecord
{
    public static async Task ClaimSendAndRecordAsync(IDbContextFactory<ReportGraphDbContext> dbs, Guid scheduleId)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
        var delivery = await AddPendingDeliveryAsync(dbs, scheduleId, clock.GetUtcNow());
        using var folder = new TempFolder("rg-attempt");
        var states = new DeliveryStates(dbs, new StoredEmails(new DataDirectory(folder.Path), dbs, inStore: true), new InProcessExecutionEvents(), clock);
        var smtpTimeout = TimeSpan.FromSeconds(30);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await states.ClaimAttemptAsync(delivery, smtpTimeout, CancellationToken.None));
        var claimedAt = clock.GetUtcNow();
        var inFlight = await ReadAsync(dbs, delivery.Id);
        Assert.Equal((DeliveryStatus.Pending, 1), (inFlight.Status, inFlight.Attempts));
        Assert.Equal(claimedAt + smtpTimeout + TimeSpan.FromSeconds(5), inFlight.NextAttemptAt);
        Assert.Equal(claimedAt, inFlight.UpdatedAt);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            // The retry pass's question, asked through EF: in flight, so not due now and not due until the mark ends.
            Assert.False(await db.Deliveries.AnyAsync(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= claimedAt));
            Assert.True(await db.Deliveries.AnyAsync(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= claimedAt.AddSeconds(35)));
        }

        // A second runner that read the row before the claim does not get the attempt.
        Assert.False(await states.ClaimAttemptAsync(delivery, smtpTimeout, CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(2));
        var longReply = "250 2.0.0 Ok: queued " + new string('x', 2500);
        await states.FinishAsync(delivery.ExecutionId, delivery.Id, DeliveryStatus.Sent, longReply, CancellationToken.None, mayHaveKeptEmail: false);
        var sentAt = clock.GetUtcNow();
        var sent = await ReadAsync(dbs, delivery.Id);
        Assert.Equal((DeliveryStatus.Sent, 1, sentAt, sentAt), (sent.Status, sent.Attempts, sent.SentAt, sent.UpdatedAt));
        Assert.Null(sent.NextAttemptAt);
        Assert.InRange(sent.LastReply!.Length, 1990, 2000); // cut to the column's 2,000 characters, marked as cut
        Assert.StartsWith("250 2.0.0 Ok: queued xxx", sent.LastReply);
        Assert.EndsWith("…", sent.LastReply);

        // A final delivery stays final: a late second record changes nothing.
        clock.Advance(TimeSpan.FromSeconds(1));
        await states.FinishAsync(delivery.ExecutionId, delivery.Id, DeliveryStatus.Failed, "550 too late", CancellationToken.None);
        var still = await ReadAsync(dbs, delivery.Id);
        Assert.Equal((DeliveryStatus.Sent, sentAt), (still.Status, still.UpdatedAt));
        Assert.Equal(new DeliveryOutcome(1, 0, 0, 0), await states.CountAsync(delivery.ExecutionId, CancellationToken.None));
    }

    private static async Task<Delivery> AddPendingDeliveryAsync(IDbContextFactory<ReportGraphDbContext> dbs, Guid scheduleId, DateTimeOffset now)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var execution = new Execution { ScheduleId = scheduleId, Trigger = ExecutionTrigger.Manual, Status = ExecutionStatus.Delivering, ScheduledFor = now, CreatedAt = now, StartedAt = now };
        var delivery = new Delivery { ExecutionId = execution.Id, Email = "ana@example.test", NormalizedEmail = "ANA@EXAMPLE.TEST", Status = DeliveryStatus.Pending, UpdatedAt = now };
        db.Executions.Add(execution);
        db.Set<Delivery>().Add(delivery);
        await db.SaveChangesAsync();
        return delivery;
    }

    private static async Task<Delivery> ReadAsync(IDbContextFactory<ReportGraphDbContext> dbs, Guid id)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == id);
    }
}
