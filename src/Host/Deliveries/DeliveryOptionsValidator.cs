using Microsoft.Extensions.Options;
using MimeKit;

namespace ReportGraph.Host.Deliveries;

/// <summary>Checks <see cref="DeliveryOptions"/> at start; every message names the configuration key at fault.</summary>
internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var problems = new List<string>();
        // Unset is allowed: links then use the address the host listens on (PublicBaseUrl).
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl)
                || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
                || !string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment)))
        {
            problems.Add($"Delivery:PublicBaseUrl must be an absolute http or https URL without query, e.g. \"https://reports.example.com\" (got \"{options.PublicBaseUrl}\").");
        }

        if (options.MaxAttachmentBytes < 0)
        {
            problems.Add("Delivery:MaxAttachmentBytes must be 0 or more (bytes after base64; 0 sends every file as a link).");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            problems.Add("Delivery:MaxAttempts must be between 1 and 100.");
        }

        if (options.InitialBackoff <= TimeSpan.Zero)
        {
            problems.Add("Delivery:InitialBackoff must be a positive time span, e.g. \"00:00:02\".");
        }

        if (options.MaxBackoff < options.InitialBackoff)
        {
            problems.Add("Delivery:MaxBackoff must be at least Delivery:InitialBackoff.");
        }

        if (options.GiveUpAfter <= TimeSpan.Zero)
        {
            problems.Add("Delivery:GiveUpAfter must be a positive time span, e.g. \"1.00:00:00\" (24 hours).");
        }

        if (options.RetryPollInterval <= TimeSpan.Zero)
        {
            problems.Add("Delivery:RetryPollInterval must be a positive time span, e.g. \"00:00:15\".");
        }

        if (options.DailyLimitPerOwner < 0)
        {
            problems.Add("Delivery:DailyLimitPerOwner must be 0 (unlimited) or more emails per owner per 24 hours.");
        }

        if (options.SmtpTimeout <= TimeSpan.Zero)
        {
            problems.Add("Delivery:SmtpTimeout must be a positive time span, e.g. \"00:01:00\".");
        }

        if (options.DownloadLinkLifetime <= TimeSpan.Zero)
        {
            problems.Add("Delivery:DownloadLinkLifetime must be a positive time span, e.g. \"7.00:00:00\".");
        }

        if (options.WebhookTimeout <= TimeSpan.Zero)
        {
            problems.Add("Delivery:WebhookTimeout must be a positive time span, e.g. \"00:00:30\".");
        }

        if (options.MaxWebhookBytes < 1024)
        {
            problems.Add("Delivery:MaxWebhookBytes must be at least 1024 bytes.");
        }

        if (options.MaxParallelSends is < 1 or > 64)
        {
            problems.Add("Delivery:MaxParallelSends must be between 1 and 64.");
        }

        if (options.UnsubscribeMailto is { Length: > 0 } mailto && !EmailAddresses.IsValid(mailto))
        {
            problems.Add($"Delivery:UnsubscribeMailto must be an email address (got \"{mailto}\").");
        }

        ValidateSmtp(options.Smtp, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void ValidateSmtp(DefaultSmtpServerOptions smtp, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return;
        }

        if (smtp.Port is < 1 or > 65535)
        {
            problems.Add("Delivery:Smtp:Port must be between 1 and 65535.");
        }

        if (!Enum.IsDefined(smtp.Security))
        {
            problems.Add("Delivery:Smtp:Security must be None, StartTls or ImplicitTls.");
        }

        if (string.IsNullOrWhiteSpace(smtp.FromAddress) || !EmailAddresses.IsValid(smtp.FromAddress))
        {
            problems.Add("Delivery:Smtp:FromAddress must be an email address when Delivery:Smtp:Host is set.");
        }

        if (!Enum.IsDefined(smtp.Authentication))
        {
            problems.Add("Delivery:Smtp:Authentication must be Password or XOAuth2.");
        }
        else if (smtp.Authentication == SmtpAuthentication.XOAuth2)
        {
            if (string.IsNullOrEmpty(smtp.UserName) || string.IsNullOrEmpty(smtp.AccessToken))
            {
                problems.Add("Delivery:Smtp:UserName and Delivery:Smtp:AccessToken must both be set when Delivery:Smtp:Authentication is XOAuth2.");
            }
        }
        else if (string.IsNullOrEmpty(smtp.UserName) != string.IsNullOrEmpty(smtp.Password))
        {
            problems.Add("Delivery:Smtp:UserName and Delivery:Smtp:Password must be set together.");
        }
    }
}

/// <summary>Email address checks shared by options and settings validation.</summary>
internal static class EmailAddresses
{
    /// <summary>The parser that composes the messages, in its strict mode: an address it accepts here it can also send to.</summary>
    private static readonly ParserOptions Strict = CreateStrict();

    /// <summary>True for a single plain address such as <c>ana@example.com</c> (no display name, no list).</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 320 || value.Contains(',') || value.Contains('<'))
        {
            return false;
        }

        var trimmed = value.Trim();
        return MailboxAddress.TryParse(Strict, trimmed, out var mailbox)
            && string.IsNullOrEmpty(mailbox.Name) && mailbox.Address == trimmed && mailbox.Domain.Length > 0;
    }

    private static ParserOptions CreateStrict()
    {
        var options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Strict;
        options.AllowAddressesWithoutDomain = false;
        return options;
    }

    /// <summary>The form unique indexes use: trimmed and upper-cased.</summary>
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
