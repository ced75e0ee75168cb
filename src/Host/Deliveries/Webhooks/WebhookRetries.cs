using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// The durable retries of webhook deliveries: posts the stored bodies of Pending webhook deliveries whose next attempt
/// is due, for executions waiting for them (<see cref="ExecutionStatus.Delivering"/>), on whichever node polls first
/// (each attempt is claimed, see <see cref="WebhookSender"/>); whoever settles an execution's last delivery completes it.
/// Run by the delivery retry worker next to the email retries.
/// </summary>
public sealed class WebhookRetries(IDbContextFactory<ReportGraphDbContext> dbs, WebhookSender sender, ExecutionCompletion completion, TimeProvider clock)
{
    /// <summary>One pass over the due webhook deliveries (at most 500); returns how many attempts it made.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Deliveries
                .Where(d => d.Status == DeliveryStatus.Pending && d.Channel == DeliveryChannel.Webhook && d.NextAttemptAt <= now && d.Execution!.Status == ExecutionStatus.Delivering)
                .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(500).ToListAsync(cancellationToken);
        }

        var attempts = 0;
        var executions = new HashSet<Guid>();
        foreach (var id in due)
        {
            Delivery? delivery;
            await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
            {
                delivery = await db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
            }

            if (delivery is not { Status: DeliveryStatus.Pending } || delivery.NextAttemptAt > clock.GetUtcNow())
            {
                continue; // settled or claimed by another node since the due list was read
            }

            if (await sender.AttemptAsync(delivery, cancellationToken) is not null)
            {
                attempts++;
                executions.Add(delivery.ExecutionId);
            }
        }

        foreach (var executionId in executions)
        {
            await completion.CompleteIfDeliveredAsync(executionId, cancellationToken);
        }

        return attempts;
    }
}
