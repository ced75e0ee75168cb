using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Tells a schedule's owner that an execution failed or reached only some recipients: one email through the mail
/// setup the schedule's reports use (the owner's SMTP settings, else <c>Delivery:Smtp</c>, else the outbox folder),
/// with the error, the recipients not reached and a link to the execution. Best effort: a notice that cannot be sent
/// is logged, not retried (the execution itself records the failure, and <see cref="FailureStreaks"/> sends at most one).
/// </summary>
internal sealed class FailureNoticeSender(
    IDbContextFactory<ReportGraphDbContext> dbs,
    SmtpSettingsService smtpSettings,
    EmailTransports transports,
    EmailBodyRenderer renderer,
    PublicBaseUrl publicBaseUrl,
    IOptionsMonitor<DeliveryOptions> options,
    ILogger<FailureNoticeSender> logger) : IFailureNotices
{
    /// <summary>Header naming the execution a notice is about (report emails carry <see cref="EmailComposer.ExecutionHeader"/>).</summary>
    public const string NoticeHeader = "X-ReportGraph-Failure-Notice";

    public async Task SendAsync(FailureNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        try
        {
            var smtp = await smtpSettings.ResolveAsync(notice.OwnerId, cancellationToken);
            if (smtp is null)
            {
                logger.LogWarning("No failure notice for execution {ExecutionId} to {Email}: no mail server is configured", notice.ExecutionId, notice.OwnerEmail);
                return;
            }

            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            var failed = await db.Deliveries.AsNoTracking()
                .Where(d => d.ExecutionId == notice.ExecutionId && d.Status == DeliveryStatus.Failed)
                .OrderBy(d => d.Email).Select(d => new FailedRecipient(d.Target ?? d.Email, d.LastReply)).ToListAsync(cancellationToken);
            var globalId = GlobalId.Encode("Execution", notice.ExecutionId);
            var model = new FailureNoticeModel(notice, new Uri($"{publicBaseUrl.Value}/executions/{globalId}"), globalId, failed);

            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(smtp.FromName ?? "ReportGraph", smtp.FromAddress));
            message.To.Add(new MailboxAddress(notice.OwnerName, notice.OwnerEmail));
            message.Subject = model.Subject;
            message.Headers.Add(NoticeHeader, notice.ExecutionId.ToString());
            message.Body = new BodyBuilder { TextBody = model.ToText(), HtmlBody = await renderer.RenderHostAsync<FailureNoticeEmail>(model) }.ToMessageBody();
            await using var transport = transports.Open(smtp, 1, options.CurrentValue.SmtpTimeout);
            var result = await transport.SendAsync(message, cancellationToken);
            if (result.Outcome == SendOutcome.Accepted)
            {
                logger.LogInformation("Failure notice for execution {ExecutionId} sent to {Email}", notice.ExecutionId, notice.OwnerEmail);
            }
            else
            {
                logger.LogWarning("Failure notice for execution {ExecutionId} to {Email} was not sent: {Reply}", notice.ExecutionId, notice.OwnerEmail, result.Reply);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Failure notice for execution {ExecutionId} to {Email} could not be sent", notice.ExecutionId, notice.OwnerEmail);
        }
    }
}
