using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The durable retries: sends the stored emails of Pending deliveries whose next attempt is due, for executions
/// that wait for them (<see cref="ExecutionStatus.Delivering"/>), on whichever node polls first — each attempt is
/// claimed by a conditional update (<see cref="DeliveryStates.ClaimAttemptAsync(Delivery, TimeSpan, CancellationToken)"/>), so two nodes never send the
/// same one. Transient failures back off exponentially until <see cref="DeliveryOptions.GiveUpAfter"/>; whoever
/// settles an execution's last delivery completes the execution (<see cref="ExecutionCompletion"/>).
/// </summary>
public sealed class DeliveryRetries(
    IDbContextFactory<ReportGraphDbContext> dbs,
    SmtpSettingsService smtpSettings,
    EmailTransports transports,
    DeliveryStates states,
    StoredEmails storedEmails,
    ExecutionCompletion completion,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryRetries> logger)
{
    /// <summary>One pass over the due deliveries (at most 500); returns how many attempts it made.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<DueDelivery> due;
        List<Guid> settled;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Deliveries
                .Where(d => d.Status == DeliveryStatus.Pending && d.Channel == DeliveryChannel.Email && d.NextAttemptAt <= now && d.Execution!.Status == ExecutionStatus.Delivering)
                .OrderBy(d => d.NextAttemptAt)
                .Select(d => new DueDelivery(d.Id, d.ExecutionId, d.Execution!.Schedule!.OwnerId))
                .Take(500)
                .ToListAsync(cancellationToken);
            // Executions whose last delivery was settled by a node that stopped before completing them.
            settled = await db.Executions
                .Where(e => e.Status == ExecutionStatus.Delivering
                    && !db.Set<Delivery>().Any(d => d.ExecutionId == e.Id && d.Status == DeliveryStatus.Pending))
                .Select(e => e.Id)
                .ToListAsync(cancellationToken);
        }

        var attempts = 0;
        foreach (var execution in due.GroupBy(d => (d.ExecutionId, d.OwnerId)))
        {
            attempts += await RetryAsync(execution.Key.ExecutionId, execution.Key.OwnerId, execution.Select(d => d.Id).ToList(), cancellationToken);
            await completion.CompleteIfDeliveredAsync(execution.Key.ExecutionId, cancellationToken);
        }

        foreach (var executionId in settled)
        {
            await completion.CompleteIfDeliveredAsync(executionId, cancellationToken);
        }

        await storedEmails.SweepAsync(cancellationToken);
        return attempts;
    }

    private async Task<int> RetryAsync(Guid executionId, Guid ownerId, List<Guid> deliveryIds, CancellationToken ct)
    {
        var smtp = await smtpSettings.ResolveAsync(ownerId, ct);
        if (smtp is null)
        {
            foreach (var id in deliveryIds)
            {
                await states.FinishAsync(executionId, id, DeliveryStatus.Failed,
                    "No SMTP server configured any more: the owner's SMTP settings were removed and the host has no Delivery:Smtp.", ct);
            }

            return 0;
        }

        var settings = options.CurrentValue;
        var attempts = 0;
        await using var transport = transports.Open(smtp, settings.MaxParallelSends, settings.SmtpTimeout);
        await Parallel.ForEachAsync(deliveryIds,
            new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = ct },
            async (id, token) =>
            {
                if (await RetryOneAsync(executionId, id, transport, settings, token))
                {
                    Interlocked.Increment(ref attempts);
                }
            });
        return attempts;
    }

    /// <summary>One attempt of one delivery, if it is still due and this node claims it; false when it did not try.</summary>
    private async Task<bool> RetryOneAsync(Guid executionId, Guid deliveryId, IEmailTransport transport, DeliveryOptions settings, CancellationToken ct)
    {
        Delivery? delivery;
        bool unsubscribed;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            delivery = await db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deliveryId, ct);
            if (delivery is not { Status: DeliveryStatus.Pending } || delivery.NextAttemptAt > clock.GetUtcNow())
            {
                return false; // settled or claimed by another node since the due list was read
            }

            unsubscribed = delivery.RecipientId is { } recipientId
                && !await db.Recipients.AnyAsync(r => r.Id == recipientId && r.IsSubscribed, ct);
        }

        if (unsubscribed)
        {
            await states.FinishAsync(executionId, deliveryId, DeliveryStatus.Skipped, "Skipped: the recipient unsubscribed before the email was sent", ct);
            return false;
        }

        if (!await states.ClaimAttemptAsync(delivery, settings.SmtpTimeout, ct))
        {
            return false;
        }

        var attempt = delivery.Attempts + 1;
        SendResult result;
        var stored = await storedEmails.OpenAsync(deliveryId, ct);
        if (stored is not { } email)
        {
            result = new SendResult(SendOutcome.Permanent, "The email kept for this retry is missing: it was kept in the data folder (delivery-retries) of another node, or that folder was replaced.");
        }
        else
        {
            await using (email.File)
            using (email.Message)
            {
                result = await transport.SendAsync(email.Message, ct);
            }
        }

        switch (result.Outcome)
        {
            case SendOutcome.Accepted:
                await states.FinishAsync(executionId, deliveryId, DeliveryStatus.Sent, result.Reply, ct);
                logger.LogInformation("Delivery {DeliveryId} of execution {ExecutionId} was sent at attempt {Attempt}", deliveryId, executionId, attempt);
                break;
            case SendOutcome.Permanent:
                logger.LogWarning("Delivery {DeliveryId} of execution {ExecutionId} failed: {Reply}", deliveryId, executionId, result.Reply);
                await states.FinishAsync(executionId, deliveryId, DeliveryStatus.Failed, result.Reply, ct);
                break;
            default:
                var now = clock.GetUtcNow();
                var retryUntil = delivery.RetryUntil ?? now + settings.GiveUpAfter;
                if (now >= retryUntil)
                {
                    logger.LogWarning("Delivery {DeliveryId} of execution {ExecutionId} given up after {Attempts} attempts: {Reply}", deliveryId, executionId, attempt, result.Reply);
                    await states.FinishAsync(executionId, deliveryId, DeliveryStatus.Failed, DeliveryStates.GaveUp(attempt, settings.GiveUpAfter, result.Reply), ct);
                    break;
                }

                var delay = RetryBackoff.Delay(attempt, settings.InitialBackoff, settings.MaxBackoff, Random.Shared);
                var next = now + delay < retryUntil ? now + delay : retryUntil;
                logger.LogInformation("Delivery {DeliveryId} attempt {Attempt} failed ({Reply}); retrying at {Next:O}.", deliveryId, attempt, result.Reply, next);
                await states.ScheduleRetryAsync(executionId, deliveryId, result.Reply, next, retryUntil, ct);
                break;
        }

        return true;
    }

    private sealed record DueDelivery(Guid Id, Guid ExecutionId, Guid OwnerId);
}
