using Microsoft.Extensions.Options;
using MimeKit;
using ReportGraph.Abstractions;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Deliveries;

/// <summary>Who one email goes to.</summary>
/// <param name="Email">The address.</param>
/// <param name="DisplayName">Name for the greeting, or null.</param>
/// <param name="UnsubscribeToken">The recipient's token, or null (a test sent to someone who is not a recipient).</param>
public sealed record EmailAddressee(string Email, string? DisplayName, string? UnsubscribeToken);

/// <summary>
/// Builds the <see cref="MimeMessage"/> of one delivery: subject from the template, HTML body from the Razor
/// component, plain-text alternative, attachments streamed from disk, and the headers List-Unsubscribe,
/// List-Unsubscribe-Post, Message-ID and X-ReportGraph-Execution.
/// </summary>
public sealed class EmailComposer(EmailBodyRenderer bodies, IOptionsMonitor<DeliveryOptions> options, PublicBaseUrl baseUrl, ArtifactStore artifacts)
{
    /// <summary>The header naming the execution an email belongs to.</summary>
    public const string ExecutionHeader = "X-ReportGraph-Execution";

    /// <summary>The base URL links start with (<see cref="PublicBaseUrl"/>).</summary>
    public string BaseUrl => baseUrl.Value;

    /// <summary>
    /// The server-rendered unsubscribe page: works without JavaScript and takes the RFC 8058 one-click POST, so the
    /// List-Unsubscribe header (the mail program's own Unsubscribe button) names it.
    /// </summary>
    public Uri UnsubscribeUrl(string token) => new($"{baseUrl.Value}/unsubscribe/{Uri.EscapeDataString(token)}");

    /// <summary>
    /// The web app's unsubscribe page (<c>/email/unsubscribe/{token}</c>, the app's look, with resubscribe): the link in
    /// the email's text. It points to the server-rendered page for browsers without JavaScript.
    /// </summary>
    public Uri AppUnsubscribeUrl(string token) => new($"{baseUrl.Value}/email/unsubscribe/{Uri.EscapeDataString(token)}");

    /// <summary>
    /// The web app's page for a download link (<c>/email/files/{token}</c>, the app's look: the file, its expiry and a
    /// Download button, or why the link no longer works): the link a report email gives for a file too large to attach.
    /// The direct download <c>/files/{token}</c> (the same link without <c>/email</c>) keeps working for browsers
    /// without JavaScript and for programs (webhooks carry it).
    /// </summary>
    public Uri AppDownloadUrl(SignedArtifactLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new($"{baseUrl.Value}/email/files/{link.Token}");
    }

    /// <summary>The link in the email's footer: the recipient's unsubscribe page in the app, or where it will be for a test email.</summary>
    internal Uri UnsubscribeLink(string? token) => token is null
        // A test email to someone who is not a recipient has nothing to unsubscribe from; the link shows where it will be.
        ? new Uri($"{baseUrl.Value}/email/unsubscribe/test-email-has-no-unsubscribe-link")
        : AppUnsubscribeUrl(token);

    /// <summary>The model handed to the email component for <paramref name="to"/>.</summary>
    public ReportEmailModel Model(EmailReport report, IReadOnlyList<PlannedFile> files, EmailAddressee to) => new()
    {
        Title = report.Run.Result.Title,
        Subtitle = report.Run.Result.Subtitle,
        ScheduleName = report.Run.ScheduleName,
        Message = report.Run.Message,
        Period = report.Run.Period,
        Recipient = new ReportRecipient(to.Email, to.DisplayName),
        Kpis = report.Kpis,
        ChartHtml = report.ChartHtml,
        Preview = report.Preview,
        Notes = report.Run.Result.Notes,
        UnsubscribeUrl = UnsubscribeLink(to.UnsubscribeToken),
        Files = files.Select(f => new EmailFile(f.Artifact.FileName, f.Artifact.SizeBytes, f.Link is null ? null : AppDownloadUrl(f.Link))
        {
            DownloadExpiresAt = f.Link is null ? null : TimeZoneInfo.ConvertTime(f.Link.ExpiresAt, report.Run.TimeZone),
        }).ToList(),
    };

    /// <summary>The subject for <paramref name="to"/>; test emails are marked "[Test]".</summary>
    public static string Subject(EmailReport report, EmailAddressee to)
    {
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(report.Run.ScheduledFor, report.Run.TimeZone).DateTime);
        var subject = SubjectTemplate.Render(report.Run.SubjectTemplate, new SubjectValues(
            report.Run.ScheduleName, report.Run.ReportName, localDate, report.Run.Period.Label,
            string.IsNullOrWhiteSpace(to.DisplayName) ? to.Email : to.DisplayName.Trim()));
        return report.Run.Trigger == ExecutionTrigger.Test ? "[Test] " + subject : subject;
    }

    /// <summary>
    /// The message, ready to send: multipart/mixed of a multipart/alternative (plain text, then HTML) and the attached
    /// files, each read from its artifact file while the message is written, never held whole in memory. The caller
    /// disposes it (which closes the files).
    /// </summary>
    public Task<MimeMessage> ComposeAsync(EmailReport report, IReadOnlyList<PlannedFile> files, EmailAddressee to,
        SmtpServerSettings smtp, string messageId) =>
        ComposeAsync(report, files, to, smtp, messageId, shared: null, encoded: null);

    /// <summary>The HTML bodies of one delivery pass, rendered once and shared by its recipients (<see cref="SharedEmailHtml"/>).</summary>
    internal SharedEmailHtml Shared(EmailReport report, IReadOnlyList<PlannedFile> files) => new(this, report, files, bodies.Encoder);

    /// <summary>The attached files of one delivery pass, base64-encoded once and shared by its emails (<see cref="EncodedAttachments"/>).</summary>
    internal EncodedAttachments Encoded(CancellationToken cancellationToken) => new(artifacts, cancellationToken);

    /// <summary>The HTML body for <paramref name="to"/>, rendered for them alone.</summary>
    internal Task<string> RenderHtmlAsync(EmailReport report, IReadOnlyList<PlannedFile> files, EmailAddressee to) =>
        bodies.RenderAsync(report.Run.Result.EmailComponent, Model(report, files, to));

    /// <inheritdoc cref="ComposeAsync(EmailReport, IReadOnlyList{PlannedFile}, EmailAddressee, SmtpServerSettings, string)"/>
    internal async Task<MimeMessage> ComposeAsync(EmailReport report, IReadOnlyList<PlannedFile> files, EmailAddressee to,
        SmtpServerSettings smtp, string messageId, SharedEmailHtml? shared, EncodedAttachments? encoded)
    {
        var model = Model(report, files, to);
        var html = shared is null ? await bodies.RenderAsync(report.Run.Result.EmailComponent, model) : await shared.HtmlAsync(to);
        var text = PlainTextEmail.Render(model);

        var message = new MimeMessage();
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        try
        {
            // MimeKit writes non-ASCII display names and the subject as RFC 2047 encoded words (UTF-8).
            message.From.Add(new MailboxAddress(smtp.FromName ?? report.Run.ReportName, smtp.FromAddress));
            message.To.Add(new MailboxAddress(to.DisplayName, to.Email));
            message.Subject = Subject(report, to);
            message.MessageId = messageId.Trim().TrimStart('<').TrimEnd('>'); // MimeKit adds the angle brackets
            message.Headers.Add(ExecutionHeader, report.Run.ExecutionId.ToString());
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
                body.Attachments.Add(Attachment(file.Artifact, encoded is null ? null : await encoded.ContentAsync(file.Artifact)));
            }

            message.Body = body.ToMessageBody();
            return message;
        }
        catch
        {
            // Files opened before the failure (e.g. the next artifact file is missing) are closed here.
            foreach (var attachment in body.Attachments)
            {
                attachment.Dispose();
            }

            message.Dispose();
            throw;
        }
    }

    /// <summary>The attachment of <paramref name="artifact"/>: its pre-encoded content, or the file streamed and encoded as the email is written.</summary>
    private MimePart Attachment(StoredArtifact artifact, MimeContent? encoded)
    {
        return new MimePart(ContentType.Parse(artifact.ContentType))
        {
            Content = encoded ?? new MimeContent(artifacts.OpenRead(artifact.ArtifactId, artifact.StoragePath, artifact.SizeBytes)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = artifact.FileName, Size = artifact.SizeBytes },
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = artifact.FileName,
        };
    }

    /// <summary>
    /// A Message-ID for one delivery, under the host's public domain: unique, fixed when the delivery is created and
    /// reused on every retry, so a copy that was accepted twice (a crash between "accepted" and "recorded") is
    /// recognisable as the same message.
    /// </summary>
    public static string NewMessageId(Guid deliveryId, Uri publicBaseUrl) =>
        $"<{deliveryId:N}.{Guid.NewGuid():N}@{(string.IsNullOrEmpty(publicBaseUrl.IdnHost) ? "reportgraph.local" : publicBaseUrl.IdnHost)}>";
}
