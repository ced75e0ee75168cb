using System.Net;
using System.Net.Mail;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Sends one message to a server that speaks TLS from the first byte (SMTPS, usually port 465), which
/// <see cref="SmtpClient"/> cannot do: connect, TLS handshake (certificate checked against the system's trusted
/// roots), EHLO, AUTH LOGIN when a user is set, MAIL FROM, RCPT TO, DATA, QUIT. The message itself is composed
/// by <see cref="SmtpClient"/> as usual (<see cref="MimeMessageFile"/>), so both paths send the same bytes.
/// </summary>
internal static class ImplicitTlsSmtpTransport
{
    public static async Task<SendResult> SendAsync(SmtpServerSettings smtp, MailMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var content = await MimeMessageFile.WriteAsync(message, cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var where = $"{smtp.Host}:{smtp.Port}";
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(smtp.Host, smtp.Port, deadline.Token);
            await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            try
            {
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = smtp.Host }, deadline.Token);
            }
            catch (AuthenticationException e)
            {
                // An untrusted or mismatched certificate does not fix itself: no retries.
                return new SendResult(SendOutcome.Permanent, $"The TLS handshake with {where} failed: {e.Message}");
            }

            return await ConverseAsync(new SmtpLines(tls), tls, smtp, message, content, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SendResult(SendOutcome.Transient, $"Timeout: {where} did not finish the conversation within {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            return new SendResult(SendOutcome.Transient, $"Connection to {where} failed: {e.Message}");
        }
    }

    private static async Task<SendResult> ConverseAsync(SmtpLines lines, Stream tls, SmtpServerSettings smtp, MailMessage message, MimeMessageFile content, CancellationToken ct)
    {
        var greeting = await lines.ReadReplyAsync(ct);
        if (greeting.Code != 220) return Refused(greeting);
        var ehlo = await lines.CommandAsync("EHLO " + Dns.GetHostName(), ct);
        if (ehlo.Code != 250) return Refused(ehlo);

        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            var auth = await lines.AuthenticateLoginAsync(smtp.UserName, smtp.Password, ct);
            if (auth.Code != 235) return Refused(auth);
        }

        var from = message.Sender ?? message.From ?? throw new InvalidOperationException("The message has no sender.");
        var mailFrom = await lines.CommandAsync($"MAIL FROM:<{from.Address}>", ct);
        if (mailFrom.Code != 250) return Refused(mailFrom);
        foreach (var recipient in message.To.Concat(message.CC).Concat(message.Bcc))
        {
            var rcpt = await lines.CommandAsync($"RCPT TO:<{recipient.Address}>", ct);
            if (rcpt.Code is not (250 or 251)) return Refused(rcpt);
        }

        var data = await lines.CommandAsync("DATA", ct);
        if (data.Code != 354) return Refused(data);
        await content.WriteDataAsync(tls, ct);
        var accepted = await lines.ReadReplyAsync(ct);
        if (accepted.Code != 250) return Refused(accepted);
        try
        {
            await lines.CommandAsync("QUIT", ct);
        }
        catch (IOException)
        {
            // The message is accepted; a server that drops the connection at QUIT changes nothing.
        }
        return new SendResult(SendOutcome.Accepted, accepted.ToString());
    }

    private static SendResult Refused(SmtpReply reply) =>
        new(reply.Code is >= 500 and < 600 ? SendOutcome.Permanent : SendOutcome.Transient, reply.ToString());
}
