using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// One SMTP connection that sends message after message: connects and logs in on first use, stays open between
/// messages, and after a failure that may have broken it (timeout, network, protocol) is dropped, so the next
/// message reconnects. Refusals of one message (4xx/5xx replies) keep it: MailKit has already sent RSET.
/// Not for concurrent use: <see cref="SmtpConnectionPool"/> hands it to one sender at a time.
/// </summary>
internal sealed class SmtpConnection(SmtpServerSettings smtp, TimeSpan timeout) : IAsyncDisposable
{
    /// <summary>After this long unused, the server may have closed the connection: NOOP checks it before the next message.</summary>
    private static readonly TimeSpan IdleCheckAfter = TimeSpan.FromSeconds(30);

    private SmtpClient? _client;
    private long _lastUsed; // Environment.TickCount64: a clock that wall-clock changes do not move

    private string Where => $"{smtp.Host}:{smtp.Port}";

    /// <summary>Sends <paramref name="message"/>; never throws for SMTP or network failures, only for cancellation.</summary>
    public async Task<SendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var client = await ConnectedClientAsync(deadline.Token);
            if (Unsendable(client, message) is { } refusal)
            {
                return refusal;
            }

            var format = FormatOptions.Default.Clone();
            // Headers in UTF-8 (RFC 6532) only where an address needs it; otherwise names stay RFC 2047 encoded words.
            format.International = NeedsSmtpUtf8(message);
            var reply = await client.SendAsync(format, message, deadline.Token);
            _lastUsed = Environment.TickCount64;
            return new SendResult(SendOutcome.Accepted, "250 " + reply);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await DropAsync();
            return new SendResult(SendOutcome.Transient, $"Timeout: {Where} did not finish the conversation within {timeout.TotalSeconds:0.#} s.");
        }
        catch (SmtpCommandException e)
        {
            _lastUsed = Environment.TickCount64;
            var code = (int)e.StatusCode;
            return new SendResult(code is >= 500 and < 600 ? SendOutcome.Permanent : SendOutcome.Transient, $"{code} {e.Message}".Trim());
        }
        catch (AuthenticationException e)
        {
            await DropAsync();
            // Wrong credentials or an expired token do not fix themselves within the retry window.
            var method = smtp.Authentication == SmtpAuthentication.XOAuth2 ? "the XOAUTH2 access token" : "the user name and password";
            return new SendResult(SendOutcome.Permanent, $"{Where} refused {method} of {smtp.UserName}: {SmtpSessionSetup.ServerReply(e)}");
        }
        catch (SslHandshakeException e)
        {
            await DropAsync();
            // A certificate the machine does not trust will not become trusted by retrying in a few seconds.
            return new SendResult(SendOutcome.Permanent, $"The TLS handshake with {Where} failed: {FirstLine(e.Message)}");
        }
        catch (NotSupportedException e)
        {
            await DropAsync();
            // e.g. no STARTTLS offered, or no AUTH offered though a user name is set: settings, not luck, must change.
            return new SendResult(SendOutcome.Permanent, $"{Where} cannot be used with these settings: {e.Message}");
        }
        catch (SmtpHostNotAllowedException e)
        {
            await DropAsync();
            // The address will not become public by retrying; the owner must change the host or an admin the setting.
            return new SendResult(SendOutcome.Permanent, e.Message);
        }
        catch (ServiceNotAuthenticatedException e)
        {
            _lastUsed = Environment.TickCount64;
            return new SendResult(SendOutcome.Permanent, $"{Where} requires authentication: {e.Message}");
        }
        catch (Exception e) when (e is IOException or SocketException or ProtocolException or ServiceNotConnectedException)
        {
            await DropAsync();
            return new SendResult(SendOutcome.Transient, $"Connection to {Where} failed: {Describe(e)}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            await DropAsync();
            // MailKit refused the message itself (e.g. an address it cannot put on the wire): the same message would fail again.
            return new SendResult(SendOutcome.Permanent, $"The message could not be sent to {Where}: {e.Message}");
        }
    }

    private async Task<SmtpClient> ConnectedClientAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true } open)
        {
            if (TimeSpan.FromMilliseconds(Environment.TickCount64 - _lastUsed) < IdleCheckAfter)
            {
                return open;
            }

            try
            {
                await open.NoOpAsync(ct);
                return open;
            }
            catch (Exception e) when (e is IOException or SocketException or ProtocolException or SmtpCommandException or ServiceNotConnectedException)
            {
                await DropAsync(); // closed by the server while idle: reconnect below
            }
        }

        await DropAsync();
        var client = SmtpSessionSetup.NewClient(timeout);
        _client = client;
        await SmtpSessionSetup.ConnectAsync(client, smtp, ct);
        await SmtpSessionSetup.AuthenticateAsync(client, smtp, ct);
        _lastUsed = Environment.TickCount64;
        return client;
    }

    /// <summary>
    /// A non-ASCII local part (jörg@…) can only travel with SMTPUTF8 (RFC 6531); a server without it would reject or
    /// mangle it, so such a recipient fails at once with the reason. Non-ASCII domains need nothing: MailKit sends
    /// them as punycode.
    /// </summary>
    private SendResult? Unsendable(SmtpClient client, MimeMessage message)
    {
        if (client.Capabilities.HasFlag(SmtpCapabilities.UTF8))
        {
            return null;
        }

        var address = Addresses(message).FirstOrDefault(HasNonAsciiLocalPart);
        return address is null
            ? null
            : new SendResult(SendOutcome.Permanent,
                $"{Where} does not support SMTPUTF8 (RFC 6531), which the address {address.Address} needs for its non-ASCII characters before the @; use a server that advertises SMTPUTF8 or an ASCII address.");
    }

    private static bool NeedsSmtpUtf8(MimeMessage message) => Addresses(message).Any(HasNonAsciiLocalPart);

    private static IEnumerable<MailboxAddress> Addresses(MimeMessage message) =>
        message.From.Mailboxes.Concat(message.To.Mailboxes).Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes);

    private static bool HasNonAsciiLocalPart(MailboxAddress mailbox)
    {
        var at = mailbox.Address.LastIndexOf('@');
        return !System.Text.Ascii.IsValid(at < 0 ? mailbox.Address : mailbox.Address[..at]);
    }

    private async Task DropAsync()
    {
        if (_client is not { } client)
        {
            return;
        }

        _client = null;
        try
        {
            if (client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(quit: true, quick.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ProtocolException or OperationCanceledException or SmtpCommandException)
        {
            // The connection is already broken; closing it is all that is left to do.
        }
        finally
        {
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await DropAsync();

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            parts.Add(current is SocketException socket ? $"{socket.SocketErrorCode}: {socket.Message}" : current.Message);
        }

        return string.Join(" → ", parts.Distinct());
    }
}
