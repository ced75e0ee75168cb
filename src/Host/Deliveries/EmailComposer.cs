using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>Who one email goes to.</summary>
/// <param name="Email">The address.</param>
/// <param name="DisplayName">Name for the greeting, or null.</param>
/// <param name="UnsubscribeToken">The recipient's token, or null (a test sent to someone who is not a recipient).</param>
public sealed record EmailAddressee(string Email, string? DisplayName, string? UnsubscribeToken);

/// <summary>
/// Builds the <see cref="MailMessage"/> of one delivery: subject from the template, HTML body from the Razor
/// component, plain-text alternative, attachments streamed from disk, and the headers List-Unsubscribe,
/// List-Unsubscribe-Post, Message-ID and X-ReportGraph-Execution.
/// </summary>
public sealed class EmailComposer(EmailBodyRenderer bodies, IOptionsMonitor<DeliveryOptions> options)
{
    /// <summary>The header naming the execution an email belongs to.</summary>
    public const string ExecutionHeader = "X-ReportGraph-Execution";

    /// <summary>The recipient's unsubscribe page.</summary>
    public Uri UnsubscribeUrl(string token) => new($"{options.CurrentValue.PublicBaseUrl.TrimEnd('/')}/unsubscribe/{Uri.EscapeDataString(token)}");

    /// <summary>The model handed to the email component for <paramref name="to"/>.</summary>
    public ReportEmailModel Model(EmailReport report, IReadOnlyList<PlannedFile> files, EmailAddressee to) => new()
    {
        Title = report.Title,
        Subtitle = report.Subtitle,
        ScheduleName = report.ScheduleName,
        Message = report.Message,
        Period = report.Period,
        Recipient = new ReportRecipient(to.Email, to.DisplayName),
        Kpis = report.Kpis,
        ChartHtml = report.ChartHtml,
        Preview = report.Preview,
        Notes = report.Notes,
        UnsubscribeUrl = to.UnsubscribeToken is null
            // A test email to someone who is not a recipient has nothing to unsubscribe from; the link shows where it will be.
            ? new Uri($"{options.CurrentValue.PublicBaseUrl.TrimEnd('/')}/unsubscribe/test-email-has-no-unsubscribe-link")
            : UnsubscribeUrl(to.UnsubscribeToken),
        Files = files.Select(f => new EmailFile(f.Artifact.FileName, f.Artifact.SizeBytes, f.Link?.Url)
        {
            DownloadExpiresAt = f.Link is null ? null : TimeZoneInfo.ConvertTime(f.Link.ExpiresAt, report.TimeZone),
        }).ToList(),
    };

    /// <summary>The subject for <paramref name="to"/>; test emails are marked "[Test]".</summary>
    public static string Subject(EmailReport report, EmailAddressee to)
    {
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(report.ScheduledFor, report.TimeZone).DateTime);
        var subject = SubjectTemplate.Render(report.SubjectTemplate, new SubjectValues(
            report.ScheduleName, report.ReportName, localDate, report.Period.Label,
            string.IsNullOrWhiteSpace(to.DisplayName) ? to.Email : to.DisplayName.Trim()));
        return report.Trigger == ExecutionTrigger.Test ? "[Test] " + subject : subject;
    }

    /// <summary>
    /// The message, ready to send. The caller disposes it (which closes the attachment streams).
    /// </summary>
    public async Task<MailMessage> ComposeAsync(EmailReport report, IReadOnlyList<PlannedFile> files, EmailAddressee to,
        SmtpServerSettings smtp, string messageId)
    {
        var model = Model(report, files, to);
        // MIME text lines end with CRLF; a bare LF would be quoted-printable encoded as "=0A" instead of a line break.
        var html = Crlf(await bodies.RenderAsync(report.EmailComponent, model));
        var text = Crlf(PlainTextEmail.Render(model));

        var message = new MailMessage
        {
            From = new MailAddress(smtp.FromAddress, smtp.FromName ?? report.ReportName, Encoding.UTF8),
            Subject = Subject(report, to),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            Body = text,
            IsBodyHtml = false,
        };
        try
        {
            message.To.Add(new MailAddress(to.Email, to.DisplayName, Encoding.UTF8));
            var htmlView = AlternateView.CreateAlternateViewFromString(html, Encoding.UTF8, MediaTypeNames.Text.Html);
            htmlView.TransferEncoding = TransferEncoding.QuotedPrintable;
            message.AlternateViews.Add(htmlView);

            message.Headers.Add("Message-ID", messageId);
            message.Headers.Add(ExecutionHeader, report.ExecutionId.ToString());
            if (to.UnsubscribeToken is not null)
            {
                var unsubscribe = $"<{UnsubscribeUrl(to.UnsubscribeToken).AbsoluteUri}>";
                if (options.CurrentValue.UnsubscribeMailto is { Length: > 0 } mailto)
                {
                    unsubscribe += $", <mailto:{mailto}?subject=unsubscribe%20{Uri.EscapeDataString(to.UnsubscribeToken)}>";
                }

                message.Headers.Add("List-Unsubscribe", unsubscribe);
                // RFC 8058: a POST of "List-Unsubscribe=One-Click" to the HTTPS link unsubscribes without a page.
                message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }

            foreach (var file in files.Where(f => f.Link is null))
            {
                var stream = new FileStream(file.Artifact.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
                var attachment = new Attachment(stream, file.Artifact.FileName, file.Artifact.ContentType)
                {
                    TransferEncoding = TransferEncoding.Base64,
                    NameEncoding = Encoding.UTF8,
                };
                attachment.ContentDisposition!.FileName = file.Artifact.FileName;
                attachment.ContentDisposition.Size = file.Artifact.SizeBytes;
                message.Attachments.Add(attachment);
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>
    /// A Message-ID for one delivery, under the host's public domain: unique, fixed when the delivery is created and
    /// reused on every retry, so a copy that was accepted twice (a crash between "accepted" and "recorded") is
    /// recognisable as the same message.
    /// </summary>
    public static string NewMessageId(Guid deliveryId, Uri publicBaseUrl) =>
        $"<{deliveryId:N}.{Guid.NewGuid():N}@{(string.IsNullOrEmpty(publicBaseUrl.IdnHost) ? "reportgraph.local" : publicBaseUrl.IdnHost)}>";
}
