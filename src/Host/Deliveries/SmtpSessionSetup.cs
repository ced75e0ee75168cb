using MailKit.Net.Smtp;
using MailKit.Security;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Connecting and logging in the same way for sending and for the connection test. Certificates are checked by
/// MailKit's default validation against the machine's trusted roots (on Linux, OpenSSL's store, which honours
/// SSL_CERT_FILE); an untrusted or mismatched certificate fails the handshake.
/// </summary>
internal static class SmtpSessionSetup
{
    /// <summary>None stays plain even when the server offers STARTTLS (a local relay); the other two require TLS.</summary>
    public static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.ImplicitTls => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    /// <summary>A client whose every single read or write gives up after <paramref name="timeout"/>.</summary>
    public static SmtpClient NewClient(TimeSpan timeout) => new SizingSmtpClient { Timeout = (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds) };

    /// <summary>
    /// Connects over a socket opened by <see cref="SmtpSocketConnector"/>, which refuses private addresses unless
    /// <see cref="SmtpServerSettings.AllowPrivateAddresses"/>; MailKit gets the host name for the certificate check.
    /// </summary>
    public static async Task ConnectAsync(SmtpClient client, SmtpServerSettings smtp, CancellationToken cancellationToken)
    {
        var socket = await SmtpSocketConnector.ConnectAsync(smtp.Host, smtp.Port, smtp.AllowPrivateAddresses, cancellationToken);
        try
        {
            await client.ConnectAsync(socket, smtp.Host, smtp.Port, SocketOptions(smtp.Security), cancellationToken);
        }
        catch
        {
            socket.Dispose(); // MailKit owns the socket only once connected
            throw;
        }
    }

    /// <summary>True when the settings ask for AUTH at all (a user name, or XOAUTH2).</summary>
    public static bool Authenticates(SmtpServerSettings smtp) =>
        smtp.Authentication == SmtpAuthentication.XOAuth2 || !string.IsNullOrEmpty(smtp.UserName);

    /// <summary>
    /// XOAUTH2 with the access token, or the best password mechanism the server offers (MailKit prefers the
    /// strongest: SCRAM, then PLAIN or LOGIN); nothing without a user name.
    /// </summary>
    public static async Task AuthenticateAsync(SmtpClient client, SmtpServerSettings smtp, CancellationToken cancellationToken)
    {
        if (smtp.Authentication == SmtpAuthentication.XOAuth2)
        {
            await client.AuthenticateAsync(new SaslMechanismOAuth2(smtp.UserName ?? string.Empty, smtp.AccessToken ?? string.Empty), cancellationToken);
        }
        else if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }
    }

    /// <summary>MailKit words a refused login as "535: 5.7.8 …"; shown as the server's reply line "535 5.7.8 …".</summary>
    public static string ServerReply(AuthenticationException e)
    {
        var text = e.Message;
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon == 3 && int.TryParse(text.AsSpan(0, 3), out _) ? text[..3] + " " + text[5..] : text;
    }
}
