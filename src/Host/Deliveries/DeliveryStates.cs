using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The state changes of a delivery, each one conditional update saved before the next step and announced: a delivery
/// leaves Pending only <c>WHERE Status = 'Pending'</c>, and an attempt is claimed only if nobody counted one since the
/// row was read, so two runners (a first pass and a retry, or two nodes) never send the same delivery twice.
/// </summary>
public sealed class DeliveryStates(
    IDbContextFactory<ReportGraphDbContext> dbs,
    StoredEmails storedEmails,
    IExecutionEvents events,
    TimeProvider clock,
    ReportGraphTelemetry? telemetry = null)
{
    // Made from the first context's model; two threads may both make it, and either copy does.
    private DeliveryAttemptCommands? _commands;

    private DeliveryAttemptCommands Commands(ReportGraphDbContext db) => _commands ??= new DeliveryAttemptCommands(db);

    /// <summary>
    /// Claims the next attempt: counts it and marks the delivery as in flight until the SMTP conversation must be
    /// over (NextAttemptAt = now + <paramref name="smtpTimeout"/> + a margin). A second runner sees the mark and
    /// waits instead of sending a second copy; if this node dies, the mark simply expires. The update only succeeds
    /// if nobody changed the attempt count since <paramref name="delivery"/> was read.
    /// </summary>
    public async Task<bool> ClaimAttemptAsync(Delivery delivery, TimeSpan smtpTimeout, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await ClaimAttemptAsync(db, delivery, smtpTimeout, ct);
    }

    /// <summary>
    /// <see cref="ClaimAttemptAsync(Delivery, TimeSpan, CancellationToken)"/> on a context the caller keeps for the
    /// attempt's claim and record: a context holds no connection and no lock between its statements (each one opens
    /// and closes the connection), and setting up a context for its first statement costs more than the update.
    /// </summary>
    public async Task<bool> ClaimAttemptAsync(ReportGraphDbContext db, Delivery delivery, TimeSpan smtpTimeout, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var claimed = await Commands(db).ClaimAsync(db, delivery.Id, delivery.Attempts, now + smtpTimeout + TimeSpan.FromSeconds(5), now, ct);
        return claimed == 1;
    }

    /// <summary>Records a transient failure: the delivery stays Pending until <paramref name="nextAttemptAt"/>.</summary>
    public async Task ScheduleRetryAsync(Guid executionId, Guid deliveryId, string reply, DateTimeOffset nextAttemptAt, DateTimeOffset retryUntil, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        DateTimeOffset? next = nextAttemptAt;
        DateTimeOffset? until = retryUntil;
        var lastReply = Truncate(reply);
        await db.Deliveries.Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.LastReply, lastReply)
                .SetProperty(d => d.NextAttemptAt, next)
                .SetProperty(d => d.RetryUntil, until)
                .SetProperty(d => d.UpdatedAt, now), ct);
        events.Changed(executionId);
    }

    /// <summary>
    /// Makes the delivery final (Sent, Failed or Skipped) and removes its stored email. A caller that knows no email can
    /// have been kept passes <paramref name="mayHaveKeptEmail"/> false and saves a write to the store per delivery: an
    /// email is kept only after a failed attempt, so none exists for a delivery whose first attempt this was.
    /// </summary>
    public async Task FinishAsync(Guid executionId, Guid deliveryId, DeliveryStatus status, string reply, CancellationToken ct, bool mayHaveKeptEmail = true)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await FinishAsync(db, executionId, deliveryId, status, reply, ct, mayHaveKeptEmail);
    }

    /// <summary>
    /// <see cref="FinishAsync(Guid, Guid, DeliveryStatus, string, CancellationToken, bool)"/> on the context that
    /// claimed the attempt (see <see cref="ClaimAttemptAsync(ReportGraphDbContext, Delivery, TimeSpan, CancellationToken)"/>).
    /// </summary>
    public async Task FinishAsync(ReportGraphDbContext db, Guid executionId, Guid deliveryId, DeliveryStatus status, string reply, CancellationToken ct, bool mayHaveKeptEmail = true)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? sentAt = status == DeliveryStatus.Sent ? now : null;
        // The save must not be cancelled halfway by the caller once the server has accepted the message.
        var changed = await Commands(db).FinishAsync(db, deliveryId, status, Truncate(reply), sentAt, now,
            status == DeliveryStatus.Sent ? CancellationToken.None : ct);
        if (changed > 0)
        {
            telemetry?.Deliveries.Add(changed, new KeyValuePair<string, object?>("status", status.ToString()));
            if (mayHaveKeptEmail)
            {
                await storedEmails.DeleteAsync(deliveryId, CancellationToken.None);
            }
        }

        events.Changed(executionId);
    }

    /// <summary>The execution's deliveries counted by status.</summary>
    public async Task<DeliveryOutcome> CountAsync(Guid executionId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var counts = await db.Deliveries.Where(d => d.ExecutionId == executionId)
            .GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(DeliveryStatus status) => counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
        return new DeliveryOutcome(Count(DeliveryStatus.Sent), Count(DeliveryStatus.Failed), Count(DeliveryStatus.Skipped), Count(DeliveryStatus.Pending));
    }

    /// <summary>The reason of a delivery given up after <see cref="DeliveryOptions.GiveUpAfter"/>.</summary>
    public static string GaveUp(int attempts, TimeSpan giveUpAfter, string lastReply) =>
        $"Gave up after {attempts} attempts in {Describe(giveUpAfter)}; last: {lastReply}";

    private static string Describe(TimeSpan span)
    {
        var (amount, unit) = span.TotalHours >= 1 ? (span.TotalHours, "hours") : span.TotalMinutes >= 1 ? (span.TotalMinutes, "minutes") : (span.TotalSeconds, "seconds");
        return string.Create(CultureInfo.InvariantCulture, $"{amount:0.##} {unit}");
    }

    private static string Truncate(string reply) => reply.Length <= 2000 ? reply : reply[..1997] + "…";
}
