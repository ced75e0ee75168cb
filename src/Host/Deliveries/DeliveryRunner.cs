using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Sends an execution's emails. The store is the source of truth: delivery rows are created once (unique per
/// execution and address), every state change is saved before the next step and announced, and a delivery leaves
/// Pending only through a conditional update (<c>WHERE Status = 'Pending'</c>), so one recorded as Sent is never
/// sent again — neither by a second call after a crash nor by a second runner on another node.
/// </summary>
public sealed class DeliveryRunner(
    IDbContextFactory<ReportGraphDbContext> dbs,
    SmtpSettingsService smtpSettings,
    EmailComposer composer,
    EmailTransports transports,
    SignedArtifactLinks links,
    IExecutionEvents events,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryRunner> logger,
    ReportGraphTelemetry? telemetry = null) : IDeliveryRunner
{
    /// <inheritdoc />
    public async Task<DeliveryOutcome> DeliverAsync(EmailReport report, string? testAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Run.Trigger == ExecutionTrigger.Test && string.IsNullOrWhiteSpace(testAddress))
        {
            throw new ArgumentException("A test execution is delivered to the caller only: pass the caller's address.", nameof(testAddress));
        }

        await EnsureDeliveriesAsync(report, testAddress, cancellationToken);
        var pending = await PendingAsync(report.Run.ExecutionId, cancellationToken);
        if (pending.Count > 0)
        {
            var smtp = await smtpSettings.ResolveAsync(report.Run.OwnerId, cancellationToken);
            if (smtp is null)
            {
                foreach (var id in pending)
                {
                    await FinishAsync(report.Run.ExecutionId, id, DeliveryStatus.Failed,
                        "No SMTP server configured: save SMTP settings for the schedule's owner, or set Delivery:Smtp (a server) or Delivery:OutboxDirectory (a folder for .eml files) in the host's configuration.", cancellationToken);
                }
            }
            else
            {
                var settings = options.CurrentValue;
                var files = EmailFilePlan.Make(report.Run.Artifacts, settings.MaxAttachmentBytes, links.Create);
                // One transport for the whole pass: its few connections carry all of the execution's messages.
                await using var transport = transports.Open(smtp, settings.MaxParallelSends, settings.SmtpTimeout);
                await Parallel.ForEachAsync(pending,
                    new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = cancellationToken },
                    async (id, ct) => await SendUntilSettledAsync(report, files, smtp, transport, id, ct));
            }
        }

        return await OutcomeAsync(report.Run.ExecutionId, cancellationToken);
    }

    /// <summary>Creates the rows that are missing: every recipient (unsubscribed ones Skipped), or the test address.</summary>
    private async Task EnsureDeliveriesAsync(EmailReport report, string? testAddress, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var existing = (await db.Deliveries.Where(d => d.ExecutionId == report.Run.ExecutionId).Select(d => d.NormalizedEmail).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var baseUrl = new Uri(composer.BaseUrl);
        var wanted = new List<Delivery>();
        if (testAddress is not null)
        {
            wanted.Add(NewDelivery(report.Run.ExecutionId, null, testAddress.Trim(), DeliveryStatus.Pending, null, now, baseUrl));
        }
        else
        {
            var recipients = await db.Recipients.AsNoTracking().Where(r => r.ScheduleId == report.Run.ScheduleId).ToListAsync(ct);
            wanted.AddRange(recipients.Select(r => NewDelivery(report.Run.ExecutionId, r.Id, r.Email,
                r.IsSubscribed ? DeliveryStatus.Pending : DeliveryStatus.Skipped,
                r.IsSubscribed ? null : "Skipped: the recipient unsubscribed", now, baseUrl)));
        }

        var missing = wanted.Where(d => existing.Add(d.NormalizedEmail)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.Deliveries.AddRange(missing);
        try
        {
            await db.SaveChangesAsync(ct);
            var skipped = missing.Count(d => d.Status == DeliveryStatus.Skipped);
            if (skipped > 0)
            {
                telemetry?.Deliveries.Add(skipped, new KeyValuePair<string, object?>("status", nameof(DeliveryStatus.Skipped)));
            }
        }
        catch (DbUpdateException)
        {
            // Another runner created them at the same moment (the unique index refused ours): theirs are as good.
            logger.LogInformation("Deliveries of execution {ExecutionId} were created concurrently; continuing with the stored ones.", report.Run.ExecutionId);
        }

        events.Changed(report.Run.ExecutionId);
    }

    private static Delivery NewDelivery(Guid executionId, Guid? recipientId, string email, DeliveryStatus status, string? reply, DateTimeOffset now, Uri baseUrl)
    {
        var id = Guid.NewGuid();
        return new Delivery
        {
            Id = id,
            ExecutionId = executionId,
            RecipientId = recipientId,
            Email = email,
            NormalizedEmail = EmailAddresses.Normalize(email),
            Status = status,
            LastReply = reply,
            // Fixed before the first attempt; every retry sends the same Message-ID.
            MessageId = EmailComposer.NewMessageId(id, baseUrl),
            UpdatedAt = now,
        };
    }

    private async Task<List<Guid>> PendingAsync(Guid executionId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Deliveries.Where(d => d.ExecutionId == executionId && d.Status == DeliveryStatus.Pending)
            .OrderBy(d => d.NormalizedEmail).Select(d => d.Id).ToListAsync(ct);
    }

    private async Task SendUntilSettledAsync(EmailReport report, IReadOnlyList<PlannedFile> files, SmtpServerSettings smtp,
        IEmailTransport transport, Guid deliveryId, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        while (true)
        {
            Delivery delivery;
            EmailAddressee? addressee;
            await using (var db = await dbs.CreateDbContextAsync(ct))
            {
                delivery = await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId, ct);
                if (delivery.Status != DeliveryStatus.Pending)
                {
                    return;
                }

                addressee = await AddresseeAsync(db, report, delivery, ct);
            }

            if (addressee is null)
            {
                // Unsubscribed (or removed) after the rows were made, e.g. while a crashed run waited to be resumed.
                await FinishAsync(report.Run.ExecutionId, deliveryId, DeliveryStatus.Skipped, "Skipped: the recipient unsubscribed before the email was sent", ct);
                return;
            }

            if (delivery.NextAttemptAt is { } due && due > clock.GetUtcNow())
            {
                // A retry not yet due, or an attempt in flight elsewhere (see RecordAttemptAsync): wait, then look again.
                await Task.Delay(due - clock.GetUtcNow(), clock, ct);
                continue;
            }

            var attempt = delivery.Attempts + 1;
            if (!await RecordAttemptAsync(delivery, attempt, ct))
            {
                continue; // another runner took this attempt: look again (it may be Sent by now)
            }

            var result = await AttemptAsync(report, files, smtp, transport, delivery, addressee, ct);
            switch (result.Outcome)
            {
                case SendOutcome.Accepted:
                    await FinishAsync(report.Run.ExecutionId, deliveryId, DeliveryStatus.Sent, result.Reply, ct);
                    return;
                case SendOutcome.Permanent:
                    logger.LogWarning("Delivery {DeliveryId} of execution {ExecutionId} failed: {Reply}", deliveryId, report.Run.ExecutionId, result.Reply);
                    await FinishAsync(report.Run.ExecutionId, deliveryId, DeliveryStatus.Failed, result.Reply, ct);
                    return;
                case SendOutcome.Transient when attempt >= settings.MaxAttempts:
                    logger.LogWarning("Delivery {DeliveryId} of execution {ExecutionId} failed after {Attempts} attempts: {Reply}", deliveryId, report.Run.ExecutionId, attempt, result.Reply);
                    await FinishAsync(report.Run.ExecutionId, deliveryId, DeliveryStatus.Failed, $"Gave up after {attempt} attempts; last: {result.Reply}", ct);
                    return;
                default:
                    var delay = RetryBackoff.Delay(attempt, settings.InitialBackoff, settings.MaxBackoff, Random.Shared);
                    logger.LogInformation("Delivery {DeliveryId} attempt {Attempt} failed ({Reply}); retrying in {Delay}.", deliveryId, attempt, result.Reply, delay);
                    await ScheduleRetryAsync(report.Run.ExecutionId, deliveryId, result.Reply, clock.GetUtcNow() + delay, ct);
                    break;
            }
        }
    }

    private async Task<SendResult> AttemptAsync(EmailReport report, IReadOnlyList<PlannedFile> files, SmtpServerSettings smtp,
        IEmailTransport transport, Delivery delivery, EmailAddressee addressee, CancellationToken ct)
    {
        MimeKit.MimeMessage message;
        try
        {
            message = await composer.ComposeAsync(report, files, addressee, smtp, delivery.MessageId!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidOperationException)
        {
            // A missing artifact file or an address MimeKit cannot parse will not get better by retrying.
            return new SendResult(SendOutcome.Permanent, "The email could not be composed: " + e.Message);
        }

        using (message)
        using (var activity = ReportGraphTelemetry.ActivitySource.StartActivity("smtp.send"))
        {
            activity?.SetTag("reportgraph.execution.id", report.Run.ExecutionId);
            activity?.SetTag("reportgraph.delivery.id", delivery.Id);
            var started = clock.GetTimestamp();
            var result = await transport.SendAsync(message, ct);
            telemetry?.SmtpDuration.Record(clock.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("outcome", result.Outcome.ToString()));
            activity?.SetTag("reportgraph.smtp.outcome", result.Outcome.ToString());
            return result;
        }
    }

    private static async Task<EmailAddressee?> AddresseeAsync(ReportGraphDbContext db, EmailReport report, Delivery delivery, CancellationToken ct)
    {
        if (delivery.RecipientId is { } recipientId)
        {
            var recipient = await db.Recipients.AsNoTracking().SingleOrDefaultAsync(r => r.Id == recipientId, ct);
            return recipient is { IsSubscribed: true } ? new EmailAddressee(recipient.Email, recipient.DisplayName, recipient.UnsubscribeToken) : null;
        }

        // A test email: when the caller is also a recipient, their real unsubscribe link works in it.
        var same = await db.Recipients.AsNoTracking()
            .Where(r => r.ScheduleId == report.Run.ScheduleId && r.NormalizedEmail == delivery.NormalizedEmail)
            .Select(r => new { r.DisplayName, r.UnsubscribeToken }).SingleOrDefaultAsync(ct);
        return new EmailAddressee(delivery.Email, same?.DisplayName, same?.UnsubscribeToken);
    }

    /// <summary>
    /// Claims the next attempt: counts it and marks the delivery as in flight until the SMTP conversation must be
    /// over (NextAttemptAt = now + SmtpTimeout + a margin). A second runner (a resumed execution whose first node is
    /// still alive after all) sees the mark and waits instead of sending a second copy; if this node dies, the mark
    /// simply expires. The update only succeeds if nobody changed the row since it was read.
    /// </summary>
    private async Task<bool> RecordAttemptAsync(Delivery delivery, int attempt, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        DateTimeOffset? inFlightUntil = now + options.CurrentValue.SmtpTimeout + TimeSpan.FromSeconds(5);
        var claimed = await db.Deliveries
            .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatus.Pending && d.Attempts == delivery.Attempts)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, attempt)
                .SetProperty(d => d.NextAttemptAt, inFlightUntil)
                .SetProperty(d => d.UpdatedAt, now), ct);
        return claimed == 1;
    }

    private async Task ScheduleRetryAsync(Guid executionId, Guid deliveryId, string reply, DateTimeOffset nextAttemptAt, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        await db.Deliveries.Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.LastReply, Truncate(reply))
                .SetProperty(d => d.NextAttemptAt, nextAttemptAt)
                .SetProperty(d => d.UpdatedAt, now), ct);
        events.Changed(executionId);
    }

    private async Task FinishAsync(Guid executionId, Guid deliveryId, DeliveryStatus status, string reply, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        DateTimeOffset? sentAt = status == DeliveryStatus.Sent ? now : null;
        // The save must not be cancelled halfway by the caller once the server has accepted the message.
        var changed = await db.Deliveries.Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.LastReply, Truncate(reply))
                .SetProperty(d => d.SentAt, sentAt)
                .SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(d => d.UpdatedAt, now), status == DeliveryStatus.Sent ? CancellationToken.None : ct);
        if (changed > 0)
        {
            telemetry?.Deliveries.Add(changed, new KeyValuePair<string, object?>("status", status.ToString()));
        }

        events.Changed(executionId);
    }

    private async Task<DeliveryOutcome> OutcomeAsync(Guid executionId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var counts = await db.Deliveries.Where(d => d.ExecutionId == executionId)
            .GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(DeliveryStatus status) => counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
        return new DeliveryOutcome(Count(DeliveryStatus.Sent), Count(DeliveryStatus.Failed), Count(DeliveryStatus.Skipped));
    }

    private static string Truncate(string reply) => reply.Length <= 2000 ? reply : reply[..1997] + "…";
}
