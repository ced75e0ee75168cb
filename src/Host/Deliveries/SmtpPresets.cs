namespace ReportGraph.Host.Deliveries;

/// <summary>A provider's usual SMTP settings, to fill a form.</summary>
/// <param name="Key">Stable key, e.g. <c>gmail</c>.</param>
/// <param name="Name">Provider name.</param>
/// <param name="Host">Host; may contain a placeholder in angle brackets to replace, e.g. <c>&lt;region&gt;</c>.</param>
/// <param name="Port">Port.</param>
/// <param name="Security">Security.</param>
/// <param name="UserNameHint">What goes in the user field.</param>
/// <param name="Notes">What to know before using it.</param>
public sealed record SmtpPreset(string Key, string Name, string Host, int Port, SmtpSecurity Security, string UserNameHint, string Notes);

/// <summary>Settings of common providers, on their STARTTLS port 587 (most also offer implicit TLS on 465).</summary>
public static class SmtpPresets
{
    /// <summary>The presets, in display order.</summary>
    public static IReadOnlyList<SmtpPreset> All { get; } =
    [
        new("gmail", "Gmail / Google Workspace", "smtp.gmail.com", 587, SmtpSecurity.StartTls,
            "your full Google address",
            "Use an app password (account with 2-step verification); the normal password is refused."),
        new("microsoft365", "Microsoft 365 / Outlook.com", "smtp.office365.com", 587, SmtpSecurity.StartTls,
            "your full mailbox address",
            "SMTP AUTH must be enabled for the mailbox in the Microsoft 365 admin center."),
        new("amazon-ses", "Amazon SES", "email-smtp.<region>.amazonaws.com", 587, SmtpSecurity.StartTls,
            "the SMTP user name of your SES SMTP credentials (not the access key id of an IAM user)",
            "Replace <region> with your SES region, e.g. eu-west-1. The sender address or domain must be verified."),
        new("sendgrid", "SendGrid", "smtp.sendgrid.net", 587, SmtpSecurity.StartTls,
            "the literal word apikey",
            "The password is an API key with Mail Send permission; the sender must be a verified identity."),
        new("mailgun", "Mailgun", "smtp.mailgun.org", 587, SmtpSecurity.StartTls,
            "the domain's SMTP login, e.g. postmaster@mg.example.com",
            "EU accounts use smtp.eu.mailgun.org."),
        new("postmark", "Postmark", "smtp.postmarkapp.com", 587, SmtpSecurity.StartTls,
            "the server API token",
            "The password is the same server API token; the sender signature must be confirmed."),
        new("local-relay", "Local relay (Postfix, test server)", "localhost", 25, SmtpSecurity.None,
            "leave empty",
            "An unauthenticated relay on this machine or network; no encryption, so use it only on a trusted network."),
    ];
}
