using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Sends invitation and password-reset emails through the system's mail setup: the default server
/// (<c>Delivery:Smtp</c>), else the outbox folder. The link starts with the same <see cref="PublicBaseUrl"/> as the
/// download and unsubscribe links of reports.
/// </summary>
internal sealed class AccountEmailSender(
    SmtpSettingsService smtpSettings,
    EmailTransports transports,
    IOptionsMonitor<DeliveryOptions> options,
    PublicBaseUrl publicBaseUrl,
    ILogger<AccountEmailSender> logger) : IAccountEmails
{
    public async Task<AccountEmailResult> SendAsync(AccountEmail email, CancellationToken cancellationToken)
    {
        var smtp = smtpSettings.GlobalDefault() ?? smtpSettings.Outbox();
        if (smtp is null)
        {
            logger.LogWarning("No account email to {Email}: neither Delivery:Smtp:Host nor Delivery:OutboxDirectory is set", email.To);
            return new AccountEmailResult(false, "No mail server is configured: set Delivery:Smtp (a server) or Delivery:OutboxDirectory (a folder for .eml files).");
        }

        var settings = options.CurrentValue;
        var link = $"{publicBaseUrl.Value}{AccountPages.AppSetPasswordPath}?token={Uri.EscapeDataString(email.Token)}";
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName ?? "ReportGraph", smtp.FromAddress));
        message.To.Add(new MailboxAddress(email.Name, email.To));
        var invitation = email.Purpose == OneTimeTokenPurpose.Invitation;
        message.Subject = invitation ? "You are invited to ReportGraph" : "Reset your ReportGraph password";
        var validFor = email.ValidFor >= TimeSpan.FromDays(1)
            ? $"{email.ValidFor.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} days"
            : $"{email.ValidFor.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} hours";
        var text = invitation
            ? $"Hello {email.Name},\n\n{email.InvitedBy ?? "An administrator"} invited you to ReportGraph. Set your password here to sign in as {email.To}:\n\n{link}\n\nThe link works once, for {validFor}.\n"
            : $"Hello {email.Name},\n\nsomeone (hopefully you) asked to reset the password of {email.To}. Set a new password here:\n\n{link}\n\nThe link works once, for {validFor}. If you did not ask, ignore this email: your password stays as it is.\n";
        message.Body = new TextPart("plain") { Text = text };
        await using var transport = transports.Open(smtp, 1, settings.SmtpTimeout);
        var result = await transport.SendAsync(message, cancellationToken);
        if (result.Outcome != SendOutcome.Accepted)
        {
            logger.LogWarning("Account email ({Purpose}) to {Email} was not sent: {Reply}", email.Purpose, email.To, result.Reply);
        }

        return new AccountEmailResult(result.Outcome == SendOutcome.Accepted, result.Reply);
    }
}
