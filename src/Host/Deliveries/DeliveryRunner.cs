using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Sends an execution's emails while it runs. The store is the source of truth: delivery rows are created once
/// (unique per execution and address), every state change goes through <see cref="DeliveryStates"/>, so one recorded
/// as Sent is never sent again — neither by a second call after a crash nor by a second runner on another node.
/// A delivery still failing transiently after <see cref="DeliveryOptions.MaxAttempts"/> is handed to the store: its
/// email is kept (<see cref="StoredEmails"/>) and <see cref="DeliveryRetries"/> tries it again later on any node.
/// </summary>
public sealed class DeliveryRunner(
    IDbContextFactory<ReportGraphDbContext> dbs,
    SmtpSettingsService smtpSettings,
    EmailComposer composer,
    EmailTransports transports,
    SignedArtifactLinks links,
    DeliveryStates states,
    StoredEmails storedEmails,
    IExecutionEvents events,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryRunner> logger,
    ReportGraphTelemetry? telemetry = null) : IDeliveryRunner
{
    /// <summary>The rows of this many emails are read together (<see cref="SendBatchAsync"/>).</summary>
    private const int BatchSize = 50;

    /// <inheritdoc />
    public async Task<DeliveryOutcome> DeliverAsync(EmailReport report, string? testAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Run.Trigger == ExecutionTrigger.Test && string.IsNullOrWhiteSpace(testAddress))
        {
            throw new ArgumentException("A test execution is delivered to the caller only: pass the caller's address.", nameof(testAddress));
        }

        await EnsureDeliveriesAsync(report, testAddress, cancellationToken);
        var pending = await PendingAsync(report.Run.ExecutionId, report.Run.Readers, cancellationToken);
        if (pending.Count > 0)
        {
            var smtp = await smtpSettings.ResolveAsync(report.Run.OwnerId, cancellationToken);
            if (smtp is null)
            {
                foreach (var id in pending)
                {
                    await states.FinishAsync(report.Run.ExecutionId, id, DeliveryStatus.Failed,
                        "No SMTP server configured: save SMTP settings for the schedule's owner, or set Delivery:Smtp (a server) or Delivery:OutboxDirectory (a folder for .eml files) in the host's configuration.", cancellationToken);
                }
            }
            else
            {
                var settings = options.CurrentValue;
                var files = EmailFilePlan.Make(report.Run.Artifacts, settings.MaxAttachmentBytes, links.Create);
                // One transport for the whole pass: its few connections carry all of the execution's messages.
                await using var transport = transports.Open(smtp, settings.MaxParallelSends, settings.SmtpTimeout);
                using var attachments = composer.Encoded(cancellationToken);
                var pass = new EmailPass(report, files, composer.Shared(report, files), attachments, smtp, transport);
                var later = new List<Guid>();
                foreach (var batch in pending.Chunk(BatchSize))
                {
                    later.AddRange(await SendBatchAsync(pass, batch, cancellationToken));
                }

                await Parallel.ForEachAsync(later,
                    new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = cancellationToken },
                    async (id, ct) => await SendUntilSettledAsync(pass, id, ct));
            }
        }

        return await states.CountAsync(report.Run.ExecutionId, cancellationToken);
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
            // A personalised schedule's report goes to the readers of its parameter set only.
            var readers = report.Run.Readers?.ToHashSet();
            wanted.AddRange(recipients.Where(r => readers is null || readers.Contains(r.Id)).Select(r => NewDelivery(report.Run.ExecutionId, r.Id, r.Email,
                r.IsSubscribed ? DeliveryStatus.Pending : DeliveryStatus.Skipped,
                r.IsSubscribed ? null : "Skipped: the recipient unsubscribed", now, baseUrl)));
        }

        foreach (var delivery in wanted)
        {
            delivery.ParameterSet = report.Run.ParameterSet;
        }

        await AddMissingAsync(db, report.Run.OwnerId, report.Run.ExecutionId, existing, wanted, now, ct);
    }

    /// <inheritdoc />
    public async Task RecordUnsentAsync(Guid executionId, UnsentReaders unsent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unsent);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var existing = (await db.Deliveries.Where(d => d.ExecutionId == executionId).Select(d => d.NormalizedEmail).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var baseUrl = new Uri(composer.BaseUrl);
        var readers = await db.Recipients.AsNoTracking().Where(r => unsent.Readers.Contains(r.Id)).ToListAsync(cancellationToken);
        var wanted = readers.Select(r => NewDelivery(executionId, r.Id, r.Email,
            r.IsSubscribed ? DeliveryStatus.Failed : DeliveryStatus.Skipped,
            r.IsSubscribed ? Truncate(unsent.Reason) : "Skipped: the recipient unsubscribed", now, baseUrl)).ToList();
        foreach (var delivery in wanted)
        {
            delivery.ParameterSet = unsent.ParameterSet;
        }

        await AddMissingAsync(db, null, executionId, existing, wanted, now, cancellationToken);
    }

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;

    /// <summary>Adds the wanted rows not yet stored (the daily limit applies to new Pending ones of <paramref name="ownerId"/>).</summary>
    private async Task AddMissingAsync(ReportGraphDbContext db, Guid? ownerId, Guid executionId, HashSet<string> existing, List<Delivery> wanted, DateTimeOffset now, CancellationToken ct)
    {

        var missing = wanted.Where(d => existing.Add(d.NormalizedEmail)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        if (ownerId is { } owner)
        {
            await ApplyDailyLimitAsync(db, owner, missing, now, ct);
        }

        db.Deliveries.AddRange(missing);
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var final in missing.Where(d => d.Status != DeliveryStatus.Pending).GroupBy(d => d.Status))
            {
                telemetry?.Deliveries.Add(final.Count(), new KeyValuePair<string, object?>("status", final.Key.ToString()));
            }
        }
        catch (DbUpdateException)
        {
            // Another runner created them at the same moment (the unique index refused ours): theirs are as good.
            logger.LogInformation("Deliveries of execution {ExecutionId} were created concurrently; continuing with the stored ones.", executionId);
        }

        events.Changed(executionId);
    }

    /// <summary>
    /// <see cref="DeliveryOptions.DailyLimitPerOwner"/>: the owner's emails Sent or waiting for a retry, of executions
    /// started in the last 24 hours, plus the new ones may not exceed the limit; the rest are Failed with the reason.
    /// Two executions of one owner starting at the same moment on two nodes may each see the same count: the limit
    /// is a guard against floods, not an exact meter.
    /// </summary>
    private async Task ApplyDailyLimitAsync(ReportGraphDbContext db, Guid ownerId, List<Delivery> missing, DateTimeOffset now, CancellationToken ct)
    {
        var limit = options.CurrentValue.DailyLimitPerOwner;
        if (limit == 0)
        {
            return;
        }

        var since = now - TimeSpan.FromHours(24);
        var used = await db.Deliveries.CountAsync(d => (d.Status == DeliveryStatus.Sent || d.Status == DeliveryStatus.Pending) && d.Channel == DeliveryChannel.Email
            && d.Execution!.Schedule!.OwnerId == ownerId && d.Execution.StartedAt >= since, ct);
        var remaining = limit - used;
        foreach (var delivery in missing.Where(d => d.Status == DeliveryStatus.Pending))
        {
            if (remaining-- > 0)
            {
                continue;
            }

            delivery.Status = DeliveryStatus.Failed;
            delivery.LastReply = DailyLimitReached(limit);
        }

        if (remaining < 0)
        {
            logger.LogWarning("Owner {OwnerId} reached the daily limit of {Limit} emails; {Count} deliveries were not sent", ownerId, limit, -remaining);
        }
    }

    /// <summary>The recorded reason of a delivery refused by <see cref="DeliveryOptions.DailyLimitPerOwner"/>.</summary>
    public static string DailyLimitReached(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"Not sent: the daily limit of {limit} emails per owner was reached (Delivery:DailyLimitPerOwner, counted over the last 24 hours).");

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

    /// <summary>The execution's Pending deliveries; of a personalised report, only those of its readers (the others get other files).</summary>
    private async Task<List<Guid>> PendingAsync(Guid executionId, IReadOnlyList<Guid>? readers, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var pending = db.Deliveries.Where(d => d.ExecutionId == executionId && d.Status == DeliveryStatus.Pending && d.Channel == DeliveryChannel.Email);
        if (readers is not null)
        {
            var ids = readers.Select(id => (Guid?)id).ToList();
            pending = pending.Where(d => ids.Contains(d.RecipientId));
        }

        return await pending.OrderBy(d => d.NormalizedEmail).Select(d => d.Id).ToListAsync(ct);
    }

    /// <summary>
    /// What the emails of one delivery pass share: the report, the plan of its files, the HTML body and the encoded
    /// attachments prepared once for all recipients, the server and the open transport.
    /// </summary>
    private sealed record EmailPass(EmailReport Report, IReadOnlyList<PlannedFile> Files, SharedEmailHtml Html, EncodedAttachments Attachments,
        SmtpServerSettings Smtp, IEmailTransport Transport);

    private async Task SendUntilSettledAsync(EmailPass pass, Guid deliveryId, CancellationToken ct)
    {
        var report = pass.Report;
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
                await states.FinishAsync(report.Run.ExecutionId, deliveryId, DeliveryStatus.Skipped, "Skipped: the recipient unsubscribed before the email was sent", ct);
                return;
            }

            if (delivery.NextAttemptAt is { } due && due > clock.GetUtcNow())
            {
                // A retry not yet due, or an attempt in flight elsewhere (see RecordAttemptAsync): wait, then look again.
                await Task.Delay(due - clock.GetUtcNow(), clock, ct);
                continue;
            }

            var attempt = delivery.Attempts + 1;
            if (!await states.ClaimAttemptAsync(delivery, settings.SmtpTimeout, ct))
            {
                continue; // another runner took this attempt: look again (it may be Sent by now)
            }

            // The last attempt of this pass keeps the email on disk if it fails transiently, for the durable retries.
            var handOver = attempt >= settings.MaxAttempts;
            var result = await AttemptAsync(pass, delivery, addressee, handOver, ct);
            switch (result.Outcome)
            {
                case SendOutcome.Accepted:
                    await states.FinishAsync(report.Run.ExecutionId, deliveryId, DeliveryStatus.Sent, result.Reply, ct, mayHaveKeptEmail: delivery.Attempts > 0);
                    return;
                case SendOutcome.Permanent:
                    logger.LogWarning("Delivery {DeliveryId} of execution {ExecutionId} failed: {Reply}", deliveryId, report.Run.ExecutionId, result.Reply);
                    await states.FinishAsync(report.Run.ExecutionId, deliveryId, DeliveryStatus.Failed, result.Reply, ct, mayHaveKeptEmail: delivery.Attempts > 0);
                    return;
                default:
                    if (await RetryLaterAsync(report.Run.ExecutionId, delivery, attempt, result, handOver, ct))
                    {
                        return;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// After a transient failure: gives up when the retry window is over, else records when to try again. True when
    /// this pass is done with the delivery (given up, or handed to <see cref="DeliveryRetries"/>).
    /// </summary>
    private async Task<bool> RetryLaterAsync(Guid executionId, Delivery delivery, int attempt, SendResult result, bool handOver, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        var retryUntil = delivery.RetryUntil ?? now + settings.GiveUpAfter;
        if (now >= retryUntil)
        {
            logger.LogWarning("Delivery {DeliveryId} of execution {ExecutionId} failed after {Attempts} attempts: {Reply}", delivery.Id, executionId, attempt, result.Reply);
            await states.FinishAsync(executionId, delivery.Id, DeliveryStatus.Failed, DeliveryStates.GaveUp(attempt, settings.GiveUpAfter, result.Reply), ct);
            return true;
        }

        var delay = RetryBackoff.Delay(attempt, settings.InitialBackoff, settings.MaxBackoff, Random.Shared);
        var next = now + delay < retryUntil ? now + delay : retryUntil;
        logger.LogInformation("Delivery {DeliveryId} attempt {Attempt} failed ({Reply}); retrying at {Next:O}.", delivery.Id, attempt, result.Reply, next);
        await states.ScheduleRetryAsync(executionId, delivery.Id, result.Reply, next, retryUntil, ct);
        return handOver; // when handed over it stays Pending with its stored email; DeliveryRetries takes it from here
    }

    /// <summary>
    /// The first attempt of a batch of deliveries, their rows and recipients read with two queries instead of two per
    /// email; each attempt is then claimed and recorded on its own, as <see cref="SendUntilSettledAsync"/> does, so a
    /// lock on the store is never held across a send. Returns the deliveries this could not settle (a retry not yet
    /// due, a test email, claimed elsewhere, or failed transiently and to be tried again in this pass): the caller
    /// takes those one by one.
    /// </summary>
    private async Task<List<Guid>> SendBatchAsync(EmailPass pass, Guid[] ids, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var executionId = pass.Report.Run.ExecutionId;
        var later = new ConcurrentQueue<Guid>();
        var ready = new List<(Delivery Delivery, EmailAddressee Addressee)>();
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var deliveries = await db.Set<Delivery>().AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(ct);
            var recipientIds = deliveries.Where(d => d.RecipientId is not null).Select(d => d.RecipientId!.Value).ToList();
            var recipients = await db.Set<Recipient>().AsNoTracking().Where(r => recipientIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            foreach (var delivery in deliveries.OrderBy(d => d.NormalizedEmail, StringComparer.Ordinal))
            {
                if (delivery is { Status: DeliveryStatus.Pending, NextAttemptAt: null } && delivery.RecipientId is { } recipientId
                    && recipients.TryGetValue(recipientId, out var recipient) && recipient.IsSubscribed)
                {
                    ready.Add((delivery, new EmailAddressee(recipient.Email, recipient.DisplayName, recipient.UnsubscribeToken)));
                }
                else if (delivery.Status == DeliveryStatus.Pending)
                {
                    later.Enqueue(delivery.Id); // the one-by-one path knows how to wait, skip or address a test email
                }
            }
        }

        await Parallel.ForEachAsync(ready, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = ct },
            async (item, token) =>
            {
                var (delivery, addressee) = item;
                // One context for this email's claim and record (none is held open across the send, see DeliveryStates).
                await using var db = await dbs.CreateDbContextAsync(token);
                if (!await states.ClaimAttemptAsync(db, delivery, settings.SmtpTimeout, token))
                {
                    later.Enqueue(delivery.Id); // another runner took this attempt: look again (it may be Sent by now)
                    return;
                }

                var attempt = delivery.Attempts + 1;
                var handOver = attempt >= settings.MaxAttempts;
                var result = await AttemptAsync(pass, delivery, addressee, handOver, token);
                switch (result.Outcome)
                {
                    case SendOutcome.Accepted:
                        await states.FinishAsync(db, executionId, delivery.Id, DeliveryStatus.Sent, result.Reply, token, mayHaveKeptEmail: delivery.Attempts > 0);
                        break;
                    case SendOutcome.Permanent:
                        logger.LogWarning("Delivery {DeliveryId} of execution {ExecutionId} failed: {Reply}", delivery.Id, executionId, result.Reply);
                        await states.FinishAsync(db, executionId, delivery.Id, DeliveryStatus.Failed, result.Reply, token, mayHaveKeptEmail: delivery.Attempts > 0);
                        break;
                    default:
                        if (!await RetryLaterAsync(executionId, delivery, attempt, result, handOver, token))
                        {
                            later.Enqueue(delivery.Id);
                        }

                        break;
                }
            });

        return [.. later];
    }

    private async Task<SendResult> AttemptAsync(EmailPass pass, Delivery delivery, EmailAddressee addressee, bool keepOnTransientFailure, CancellationToken ct)
    {
        var report = pass.Report;
        MimeKit.MimeMessage message;
        try
        {
            message = await composer.ComposeAsync(report, pass.Files, addressee, pass.Smtp, delivery.MessageId!, pass.Html, pass.Attachments);
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
            var result = await pass.Transport.SendAsync(message, ct);
            telemetry?.SmtpDuration.Record(clock.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("outcome", result.Outcome.ToString()));
            activity?.SetTag("reportgraph.smtp.outcome", result.Outcome.ToString());
            if (result.Outcome == SendOutcome.Transient && keepOnTransientFailure)
            {
                try
                {
                    await storedEmails.SaveAsync(delivery.Id, message, ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
                {
                    return new SendResult(SendOutcome.Permanent, $"The email could not be kept for a later attempt ({e.Message}); last: {result.Reply}");
                }
            }

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
}
