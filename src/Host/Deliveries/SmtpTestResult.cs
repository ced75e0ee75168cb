namespace ReportGraph.Host.Deliveries;

/// <summary>Which step of an SMTP connection test failed.</summary>
public static class SmtpTestCodes
{
    /// <summary>Everything worked: connected, secured, authenticated, sender accepted.</summary>
    public const string Ok = "OK";
    /// <summary>The settings cannot work with this server.</summary>
    public const string Unsupported = "UNSUPPORTED";
    /// <summary>The host name does not resolve.</summary>
    public const string Dns = "DNS";
    /// <summary>The TCP connection was refused or timed out, or the server did not greet.</summary>
    public const string Connect = "CONNECT";
    /// <summary>STARTTLS not offered, refused, or the TLS handshake failed (e.g. certificate).</summary>
    public const string Tls = "TLS";
    /// <summary>Authentication not offered or rejected.</summary>
    public const string Auth = "AUTH";
    /// <summary>The server refused the sender address.</summary>
    public const string Sender = "SENDER";
    /// <summary>The server answered something unexpected.</summary>
    public const string Protocol = "PROTOCOL";
}

/// <summary>What an SMTP connection test found.</summary>
/// <param name="Succeeded">True when the server accepted everything up to the sender address.</param>
/// <param name="Code">One of <see cref="SmtpTestCodes"/>.</param>
/// <param name="Message">What happened, in words, with the server's reply when there was one.</param>
public sealed record SmtpTestResult(bool Succeeded, string Code, string Message)
{
    internal static SmtpTestResult Fail(string code, string message) => new(false, code, message);
}
