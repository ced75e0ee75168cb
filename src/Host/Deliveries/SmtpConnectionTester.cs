using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Tests SMTP settings by walking the conversation step by step — resolve, connect, TLS (implicit) or STARTTLS, greet, AUTH LOGIN,
/// MAIL FROM, then RSET and QUIT — so it can say exactly which step failed. SmtpClient cannot do this: it reports
/// most failures as "Failure sending mail". Nothing is sent.
/// </summary>
internal sealed class SmtpConnectionTester(TimeSpan timeout)
{
    public async Task<SmtpTestResult> TestAsync(SmtpServerSettings settings, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(settings.Host, cancellationToken);
        }
        catch (SocketException e)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Dns, $"The host name {settings.Host} does not resolve ({e.SocketErrorCode}). Check the spelling of the host.");
        }

        if (addresses.Length == 0)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Dns, $"The host name {settings.Host} resolves to no address.");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var tcp = new TcpClient(); // no fixed family: tries IPv6 and IPv4 addresses alike
        try
        {
            await tcp.ConnectAsync(addresses, settings.Port, deadline.Token);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"{settings.Host} refused the connection on port {settings.Port}: nothing listens there, or a firewall rejects it.");
        }
        catch (SocketException e)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"Could not connect to {settings.Host} on port {settings.Port}: {e.SocketErrorCode}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"No connection to {settings.Host} on port {settings.Port} within {timeout.TotalSeconds:0} s (timeout): the port is probably filtered by a firewall.");
        }

        try
        {
            Stream network = tcp.GetStream();
            if (settings.Security == SmtpSecurity.ImplicitTls)
            {
                var tls = new SslStream(network, leaveInnerStreamOpen: false);
                try
                {
                    await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = settings.Host }, deadline.Token);
                }
                catch (AuthenticationException e)
                {
                    return SmtpTestResult.Fail(SmtpTestCodes.Tls, $"The TLS handshake with {settings.Host}:{settings.Port} failed: {e.Message} (an untrusted or mismatched certificate, or a port that does not speak TLS from the first byte).");
                }
                network = tls;
            }
            return await ConverseAsync(network, settings, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"{settings.Host}:{settings.Port} stopped answering within {timeout.TotalSeconds:0} s (timeout).");
        }
        catch (IOException e)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"The connection to {settings.Host}:{settings.Port} broke: {e.Message}");
        }
    }

    private static async Task<SmtpTestResult> ConverseAsync(Stream network, SmtpServerSettings settings, CancellationToken ct)
    {
        var line = new SmtpLines(network);
        var greeting = await line.ReadReplyAsync(ct);
        if (greeting.Code != 220)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Connect, $"{settings.Host}:{settings.Port} did not greet as an SMTP server: {greeting}.");
        }

        var ehlo = await line.CommandAsync("EHLO " + Dns.GetHostName(), ct);
        if (ehlo.Code != 250)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Protocol, $"The server refused EHLO: {ehlo}.");
        }

        if (settings.Security == SmtpSecurity.StartTls)
        {
            if (!ehlo.Offers("STARTTLS"))
            {
                return SmtpTestResult.Fail(SmtpTestCodes.Tls, $"{settings.Host}:{settings.Port} does not offer STARTTLS. Choose security None only for a trusted local relay, or use the provider's STARTTLS port (usually 587).");
            }

            var ready = await line.CommandAsync("STARTTLS", ct);
            if (ready.Code != 220)
            {
                return SmtpTestResult.Fail(SmtpTestCodes.Tls, $"The server refused STARTTLS: {ready}.");
            }

            var tls = new SslStream(network, leaveInnerStreamOpen: false);
            try
            {
                await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = settings.Host }, ct);
            }
            catch (AuthenticationException e)
            {
                return SmtpTestResult.Fail(SmtpTestCodes.Tls, $"The TLS handshake with {settings.Host} failed: {e.Message} (an untrusted or mismatched certificate is the usual cause).");
            }

            line = new SmtpLines(tls);
            ehlo = await line.CommandAsync("EHLO " + Dns.GetHostName(), ct);
            if (ehlo.Code != 250)
            {
                return SmtpTestResult.Fail(SmtpTestCodes.Protocol, $"The server refused EHLO after STARTTLS: {ehlo}.");
            }
        }

        if (!string.IsNullOrEmpty(settings.UserName))
        {
            var auth = await AuthenticateAsync(line, ehlo, settings, ct);
            if (auth is not null)
            {
                return auth;
            }
        }

        var from = await line.CommandAsync($"MAIL FROM:<{settings.FromAddress}>", ct);
        if (from.Code != 250)
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Sender, $"The server refused the sender {settings.FromAddress}: {from}.");
        }

        await line.CommandAsync("RSET", ct);
        await line.WriteAsync("QUIT", ct);
        var secured = settings.Security switch
        {
            SmtpSecurity.StartTls => "secured with STARTTLS, ",
            SmtpSecurity.ImplicitTls => "secured with implicit TLS, ",
            _ => "unencrypted, ",
        };
        var authed = string.IsNullOrEmpty(settings.UserName) ? "without authentication" : $"authenticated as {settings.UserName}";
        return new SmtpTestResult(true, SmtpTestCodes.Ok, $"Connected to {settings.Host}:{settings.Port}, {secured}{authed}; the sender {settings.FromAddress} was accepted.");
    }

    private static async Task<SmtpTestResult?> AuthenticateAsync(SmtpLines line, SmtpReply ehlo, SmtpServerSettings settings, CancellationToken ct)
    {
        var mechanisms = ehlo.Lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase));
        if (mechanisms is null)
        {
            var hint = settings.Security == SmtpSecurity.None ? " Many servers offer AUTH only after STARTTLS." : string.Empty;
            return SmtpTestResult.Fail(SmtpTestCodes.Auth, $"The server does not offer authentication (no AUTH in its EHLO reply), but a user name is set.{hint}");
        }

        // SmtpClient authenticates with LOGIN (or NTLM/Negotiate); test the mechanism it will really use.
        if (!mechanisms.Split(' ', '=').Skip(1).Any(m => m.Equals("LOGIN", StringComparison.OrdinalIgnoreCase)))
        {
            return SmtpTestResult.Fail(SmtpTestCodes.Auth, $"The server offers {mechanisms}, but SmtpClient needs AUTH LOGIN.");
        }

        var start = await line.AuthenticateLoginAsync(settings.UserName!, settings.Password, ct);
        return start.Code == 235
            ? null
            : SmtpTestResult.Fail(SmtpTestCodes.Auth, $"The server rejected the user name or password of {settings.UserName}: {start}.");
    }
}

/// <summary>One SMTP reply: code and text lines.</summary>
internal sealed record SmtpReply(int Code, IReadOnlyList<string> Lines)
{
    public bool Offers(string extension) =>
        Lines.Any(l => l.Trim().Split(' ')[0].Equals(extension, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Code} {string.Join(" ", Lines)}".Trim();
}

/// <summary>Reads and writes SMTP lines (CRLF, multi-line replies "250-…" ending with "250 …").</summary>
internal sealed class SmtpLines(Stream stream)
{
    private readonly StreamReader _reader = new(stream, Encoding.ASCII, false, 1024, leaveOpen: true);

    public async Task WriteAsync(string command, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(command + "\r\n");
        await stream.WriteAsync(bytes, ct);
        await stream.FlushAsync(ct);
    }

    public async Task<SmtpReply> CommandAsync(string command, CancellationToken ct)
    {
        await WriteAsync(command, ct);
        return await ReadReplyAsync(ct);
    }

    /// <summary>AUTH LOGIN: user name and password in base64, each after a 334 prompt; the last reply is 235 when accepted.</summary>
    public async Task<SmtpReply> AuthenticateLoginAsync(string userName, string? password, CancellationToken ct)
    {
        var reply = await CommandAsync("AUTH LOGIN", ct);
        if (reply.Code == 334) reply = await CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(userName)), ct);
        if (reply.Code == 334) reply = await CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(password ?? string.Empty)), ct);
        return reply;
    }

    public async Task<SmtpReply> ReadReplyAsync(CancellationToken ct)
    {
        var lines = new List<string>();
        while (true)
        {
            var text = await _reader.ReadLineAsync(ct) ?? throw new IOException("The server closed the connection.");
            if (text.Length < 3 || !int.TryParse(text.AsSpan(0, 3), out var code))
            {
                return new SmtpReply(0, [text]);
            }

            lines.Add(text.Length > 4 ? text[4..] : string.Empty);
            if (text.Length == 3 || text[3] != '-')
            {
                return new SmtpReply(code, lines);
            }
        }
    }
}
