using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Tests SMTP settings with the same MailKit client that sends, step by step — resolve, connect with TLS (implicit)
/// or STARTTLS, authenticate (password or XOAUTH2), MAIL FROM, then RSET and QUIT — so it can say exactly which step
/// failed. Nothing is sent.
/// </summary>
internal sealed class SmtpConnectionTester(TimeSpan timeout)
{
    public async Task<SmtpTestResult> TestAsync(SmtpServerSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(settings.Host, cancellationToken);
            if (addresses.Length == 0)
            {
                return SmtpTestResult.Fail(SmtpTestCodes.Dns, $"The host name {settings.Host} resolves to no address.");
            }
        }
        catch (SocketException e)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Dns, $"The host name {settings.Host} does not resolve ({e.SocketErrorCode}). Check the spelling of the host.");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var client = new ProbingSmtpClient { Timeout = (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds) };
        try
        {
            return await ConnectAsync(client, settings, deadline.Token)
                ?? await AuthenticateAsync(client, settings, deadline.Token)
                ?? await CheckSenderAsync(client, settings, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, client.IsConnected
                ? $"{settings.Host}:{settings.Port} stopped answering within {timeout.TotalSeconds:0} s (timeout)."
                : $"No connection to {settings.Host} on port {settings.Port} within {timeout.TotalSeconds:0} s (timeout): the port is probably filtered by a firewall.");
        }
        catch (Exception e) when (e is IOException or ProtocolException or ServiceNotConnectedException)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"The connection to {settings.Host}:{settings.Port} broke: {e.Message}");
        }
    }

    private static async Task<SmtpTestResult?> ConnectAsync(SmtpClient client, SmtpServerSettings settings, CancellationToken ct)
    {
        try
        {
            await SmtpSessionSetup.ConnectAsync(client, settings, ct);
            return null;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"{settings.Host} refused the connection on port {settings.Port}: nothing listens there, or a firewall rejects it.");
        }
        catch (SocketException e)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"Could not connect to {settings.Host} on port {settings.Port}: {e.SocketErrorCode}.");
        }
        catch (SslHandshakeException e)
        {
            var cause = settings.Security == SmtpSecurity.ImplicitTls
                ? "an untrusted or mismatched certificate, or a port that does not speak TLS from the first byte"
                : "an untrusted or mismatched certificate is the usual cause";
            return SmtpTestResult.Fail(SmtpTestCodes.Tls, $"The TLS handshake with {settings.Host}:{settings.Port} failed: {FirstLine(e.Message)} ({cause}).");
        }
        catch (NotSupportedException) when (settings.Security == SmtpSecurity.StartTls)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Tls, $"{settings.Host}:{settings.Port} does not offer STARTTLS. Choose security None only for a trusted local relay, or use the provider's STARTTLS port (usually 587).");
        }
        catch (SmtpCommandException e) when (settings.Security == SmtpSecurity.StartTls && client.IsConnected)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Tls, $"The server refused STARTTLS: {(int)e.StatusCode} {e.Message}.");
        }
        catch (SmtpCommandException e)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Protocol, $"The server refused the greeting or EHLO: {(int)e.StatusCode} {e.Message}.");
        }
        catch (SmtpProtocolException e)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"{settings.Host}:{settings.Port} did not greet as an SMTP server: {e.Message}");
        }
    }

    private static async Task<SmtpTestResult?> AuthenticateAsync(SmtpClient client, SmtpServerSettings settings, CancellationToken ct)
    {
        if (!SmtpSessionSetup.Authenticates(settings))
        {
            return null;
        }

        var offered = client.AuthenticationMechanisms;
        if (offered.Count == 0)
        {
            var hint = settings.Security == SmtpSecurity.None ? " Many servers offer AUTH only after STARTTLS." : string.Empty;
            return SmtpTestResult.Fail(SmtpTestCodes.Auth, $"The server does not offer authentication (no AUTH in its EHLO reply), but a user name is set.{hint}");
        }

        var xoauth2 = settings.Authentication == SmtpAuthentication.XOAuth2;
        if (xoauth2 && !offered.Contains("XOAUTH2"))
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Auth, $"The server offers AUTH {string.Join(' ', offered.Order())}, but not XOAUTH2: use PASSWORD authentication with it.");
        }

        try
        {
            await SmtpSessionSetup.AuthenticateAsync(client, settings, ct);
            return null;
        }
        catch (AuthenticationException e)
        {
            var what = xoauth2 ? "the XOAUTH2 access token (expired, or issued without the SMTP scope?)" : "the user name or password";
            return SmtpTestResult.Fail(SmtpTestCodes.Auth, $"The server rejected {what} of {settings.UserName}: {SmtpSessionSetup.ServerReply(e)}.");
        }
        catch (NotSupportedException)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Auth, $"The server offers AUTH {string.Join(' ', offered.Order())}, none of which works with a password.");
        }
    }

    private static async Task<SmtpTestResult> CheckSenderAsync(ProbingSmtpClient client, SmtpServerSettings settings, CancellationToken ct)
    {
        var utf8 = client.Capabilities.HasFlag(SmtpCapabilities.UTF8) && !System.Text.Ascii.IsValid(settings.FromAddress) ? " SMTPUTF8" : string.Empty;
        var from = await client.CommandAsync($"MAIL FROM:<{settings.FromAddress}>{utf8}", ct);
        if (from.StatusCode != SmtpStatusCode.Ok)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Sender, $"The server refused the sender {settings.FromAddress}: {(int)from.StatusCode} {from.Response}.");
        }

        await client.CommandAsync("RSET", ct);
        await client.DisconnectAsync(quit: true, ct);
        var secured = settings.Security switch
        {
            SmtpSecurity.StartTls => "secured with STARTTLS, ",
            SmtpSecurity.ImplicitTls => "secured with implicit TLS, ",
            _ => "unencrypted, ",
        };
        var authed = !SmtpSessionSetup.Authenticates(settings) ? "without authentication"
            : settings.Authentication == SmtpAuthentication.XOAuth2 ? $"authenticated as {settings.UserName} with XOAUTH2"
            : $"authenticated as {settings.UserName}";
        return new SmtpTestResult(true, SmtpTestCodes.Ok, $"Connected to {settings.Host}:{settings.Port}, {secured}{authed}; the sender {settings.FromAddress} was accepted.");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>MailKit's client with its raw command method opened up: MAIL FROM without sending a message.</summary>
    private sealed class ProbingSmtpClient : SmtpClient
    {
        public Task<SmtpResponse> CommandAsync(string command, CancellationToken ct) => SendCommandAsync(command, ct);
    }
}
