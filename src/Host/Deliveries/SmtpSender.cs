using System.Net;
using System.Net.Mail;
using System.Net.Sockets;

namespace ReportGraph.Host.Deliveries;

/// <summary>How one send attempt ended.</summary>
public enum SendOutcome
{
    /// <summary>The server accepted the message.</summary>
    Accepted,
    /// <summary>Worth retrying: a 4xx reply, a timeout, a refused or broken connection.</summary>
    Transient,
    /// <summary>Not worth retrying: a 5xx reply (unknown mailbox, rejected content, authentication failed).</summary>
    Permanent,
}

/// <summary>The result of one send attempt, with the server's reply (or what went wrong) as text.</summary>
/// <param name="Outcome">Accepted, transient or permanent.</param>
/// <param name="Reply">e.g. <c>550 5.1.1 mailbox unavailable</c> or <c>Connection refused by 127.0.0.1:2525</c>.</param>
public sealed record SendResult(SendOutcome Outcome, string Reply);

/// <summary>
/// Sends one message with <see cref="SmtpClient"/> (a new client per message: SmtpClient is not safe for concurrent
/// use), or over implicit TLS with <see cref="ImplicitTlsSmtpTransport"/>, or into the outbox folder, and classifies
/// failures into retry-worthy and final ones.
/// </summary>
public sealed class SmtpSender
{
    private const string ResponseMarker = "The server response was:";

    /// <summary>Sends <paramref name="message"/>; never throws for SMTP or network failures, only for cancellation.</summary>
    public async Task<SendResult> SendAsync(SmtpServerSettings smtp, MailMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (smtp.OutboxDirectory is { } outbox)
        {
            return await WriteToOutboxAsync(outbox, message, cancellationToken);
        }
        if (smtp.Security == SmtpSecurity.ImplicitTls)
        {
            return await ImplicitTlsSmtpTransport.SendAsync(smtp, message, timeout, cancellationToken);
        }

        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.Security == SmtpSecurity.StartTls,
            UseDefaultCredentials = false,
            Timeout = (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds),
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await client.SendMailAsync(message, deadline.Token);
            return new SendResult(SendOutcome.Accepted, "250 accepted");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.Transient, $"Timeout: {smtp.Host}:{smtp.Port} did not finish the conversation within {timeout.TotalSeconds:0.#} s.");
        }
        catch (SmtpException e)
        {
            return Classify(e, smtp);
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidOperationException)
        {
            return new SendResult(SendOutcome.Transient, $"Connection to {smtp.Host}:{smtp.Port} failed: {Describe(e)}");
        }
    }

    /// <summary>Writes the message as an .eml file (SmtpClient's pickup-directory delivery) instead of sending it.</summary>
    private static async Task<SendResult> WriteToOutboxAsync(string folder, MailMessage message, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(folder);
            await MimeMessageFile.WriteToFolderAsync(message, folder, cancellationToken);
            return new SendResult(SendOutcome.Accepted, $"Written to the outbox folder {folder} (no SMTP server is configured)");
        }
        catch (Exception e) when (e is SmtpException or IOException or UnauthorizedAccessException)
        {
            // A full disk may clear up; a folder we may not write to will not, but retries end after MaxAttempts.
            return new SendResult(SendOutcome.Transient, $"Could not write to the outbox folder {folder}: {Describe(e)}");
        }
    }

    private static SendResult Classify(SmtpException e, SmtpServerSettings smtp)
    {
        var code = (int)e.StatusCode;
        if (code is >= 400 and < 600)
        {
            var text = e.Message;
            var marker = text.IndexOf(ResponseMarker, StringComparison.Ordinal);
            var reply = marker >= 0 ? text[(marker + ResponseMarker.Length)..].Trim() : text.Trim();
            return new SendResult(code >= 500 ? SendOutcome.Permanent : SendOutcome.Transient, $"{code} {reply}");
        }

        // A certificate the client does not trust will not become trusted by retrying in a few seconds.
        if (Chain(e).Any(x => x is System.Security.Authentication.AuthenticationException))
        {
            return new SendResult(SendOutcome.Permanent, $"The TLS handshake with {smtp.Host}:{smtp.Port} failed: {Describe(e)}");
        }

        // No SMTP reply code: the connection failed (refused, reset) before or during the conversation.
        return new SendResult(SendOutcome.Transient, $"Connection to {smtp.Host}:{smtp.Port} failed: {Describe(e)}");
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static string Describe(Exception e) =>
        string.Join(" → ", Chain(e).Select(x => x is SocketException socket ? $"{socket.SocketErrorCode}: {socket.Message}" : x.Message).Distinct());
}
