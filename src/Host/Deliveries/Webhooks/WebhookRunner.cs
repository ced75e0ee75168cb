using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// Posts an execution to its schedule's webhooks while it runs, with the same delivery records as emails: one row
/// per webhook (unique per execution, so a resumed run never posts twice), made with its body, then tried up to
/// <see cref="DeliveryOptions.MaxAttempts"/> times; a delivery still failing transiently then waits in the store for
/// <see cref="WebhookRetries"/>. Test runs go to the caller's address only and post nothing.
/// </summary>
public sealed class WebhookRunner(
    IDbContextFactory<ReportGraphDbContext> dbs,
    WebhookSender sender,
    SignedArtifactLinks links,
    IExecutionEvents events,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<WebhookRunner> logger)
{
    /// <summary>Creates the missing webhook deliveries of the run and posts every pending one.</summary>
    public async Task DeliverAsync(EmailReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Run.Trigger == ExecutionTrigger.Test)
        {
            return;
        }

        await EnsureDeliveriesAsync(report, cancellationToken);
        List<Guid> pending;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            pending = await db.Deliveries.Where(d => d.ExecutionId == report.Run.ExecutionId && d.Channel == DeliveryChannel.Webhook && d.Status == DeliveryStatus.Pending)
                .Select(d => d.Id).ToListAsync(cancellationToken);
        }

        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = options.CurrentValue.MaxParallelSends, CancellationToken = cancellationToken },
            async (id, ct) => await PostUntilSettledAsync(id, ct));
    }

    private async Task EnsureDeliveriesAsync(EmailReport report, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var webhooks = await db.ScheduleWebhooks.AsNoTracking().Where(w => w.ScheduleId == report.Run.ScheduleId).OrderBy(w => w.AddedAt).ToListAsync(ct);
        if (webhooks.Count == 0)
        {
            return;
        }

        var existing = (await db.Deliveries.Where(d => d.ExecutionId == report.Run.ExecutionId && d.Channel == DeliveryChannel.Webhook)
            .Select(d => d.WebhookId).ToListAsync(ct)).ToHashSet();
        var missing = webhooks.Where(w => !existing.Contains(w.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var content = Content(report);
        var now = clock.GetUtcNow();
        var maxBytes = options.CurrentValue.MaxWebhookBytes;
        foreach (var webhook in missing)
        {
            var id = Guid.NewGuid();
            var payload = WebhookPayload.Build(webhook.Kind, content, id, maxBytes);
            db.Deliveries.Add(new Delivery
            {
                Id = id,
                ExecutionId = report.Run.ExecutionId,
                Channel = DeliveryChannel.Webhook,
                WebhookId = webhook.Id,
                Target = Target(webhook),
                Email = "",
                NormalizedEmail = "webhook:" + webhook.Id.ToString("N"),
                Status = payload is null ? DeliveryStatus.Failed : DeliveryStatus.Pending,
                LastReply = payload is null ? $"Not sent: even the bare message exceeds Delivery:MaxWebhookBytes ({maxBytes} bytes)." : null,
                Payload = payload,
                UpdatedAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another runner created them at the same moment (the unique index refused ours): theirs are as good.
            logger.LogInformation("Webhook deliveries of execution {ExecutionId} were created concurrently; continuing with the stored ones.", report.Run.ExecutionId);
        }

        events.Changed(report.Run.ExecutionId);
    }

    private async Task PostUntilSettledAsync(Guid deliveryId, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        while (true)
        {
            Delivery delivery;
            await using (var db = await dbs.CreateDbContextAsync(ct))
            {
                delivery = await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId, ct);
            }

            if (delivery.Status != DeliveryStatus.Pending)
            {
                return;
            }

            if (delivery.NextAttemptAt is { } due && due > clock.GetUtcNow())
            {
                if (due - clock.GetUtcNow() > settings.MaxBackoff)
                {
                    return; // a long Retry-After: the durable retries take it when it is due
                }

                await Task.Delay(due - clock.GetUtcNow(), clock, ct);
                continue;
            }

            var result = await sender.AttemptAsync(delivery, ct);
            if (result is null)
            {
                continue; // another runner took this attempt: look again
            }

            if (result.Outcome != SendOutcome.Transient || delivery.Attempts + 1 >= settings.MaxAttempts)
            {
                return; // final, or handed over to WebhookRetries with its stored body
            }
        }
    }

    private WebhookContent Content(EmailReport report)
    {
        var raw = report.Run.Result.Kpis;
        return new WebhookContent
        {
            ExecutionId = report.Run.ExecutionId,
            ScheduleId = report.Run.ScheduleId,
            ScheduleName = report.Run.ScheduleName,
            ReportName = report.Run.ReportName,
            Trigger = report.Run.Trigger.ToString().ToUpperInvariant(),
            Period = report.Run.Period,
            ScheduledFor = report.Run.ScheduledFor,
            Kpis = report.Kpis.Select((k, i) => new WebhookKpi(k, i < raw.Count ? raw[i].Value : null)).ToList(),
            Files = report.Run.Artifacts.Select(a => new WebhookFile(a.FileName, a.ContentType, a.SizeBytes, links.Create(a.ArtifactId))).ToList(),
        };
    }

    private static string Target(ScheduleWebhook webhook)
    {
        var host = Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) ? url.Authority : "";
        var text = $"{webhook.Kind.ToString().ToUpperInvariant()} {webhook.Name} ({host})";
        return text.Length <= 300 ? text : text[..299] + "…";
    }
}
