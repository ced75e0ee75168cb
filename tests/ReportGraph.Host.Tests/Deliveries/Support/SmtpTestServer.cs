using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Deliveries.Support;

/// <summary>
/// The real SMTP server of tests/smtp/smtp_server.py (aiosmtpd) as a child process on a local port, writing accepted
/// messages as .eml files into a folder, with fault rules (reject / defer per address) the test can change while it runs.
/// Needs Debian's python3-aiosmtpd (REPORTGRAPH_PYTHON may name another interpreter that has aiosmtpd).
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Dictionary<string, string> _rejects = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Reply, int Times)> _defers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _senderRejects = new(StringComparer.OrdinalIgnoreCase);

    private SmtpTestServer(Process process, int port, string mailDirectory, string rulesPath)
    {
        _process = process;
        Port = port;
        MailDirectory = mailDirectory;
        RulesPath = rulesPath;
    }

    public int Port { get; }

    /// <summary>The server's self-signed certificate (PEM) when it offers TLS: what a client must trust.</summary>
    public string? CertificatePath { get; private init; }

    public string MailDirectory { get; }

    public string RulesPath { get; }

    /// <summary>A local TCP port that nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the server in <paramref name="folder"/> (mail in folder/mail) and waits until it listens.</summary>
    /// <param name="folder">Working folder of this server.</param>
    /// <param name="port">The port, or null for a free one.</param>
    /// <param name="auth">"accept" or "reject" to offer AUTH LOGIN that accepts or rejects every credential.</param>
    /// <param name="selfSignedTls">Offer STARTTLS with a fresh self-signed certificate for "localhost" (see <see cref="CertificatePath"/>).</param>
    /// <param name="implicitTls">With <paramref name="selfSignedTls"/>: TLS from the first byte (SMTPS) instead of STARTTLS.</param>
    /// <param name="smtpUtf8">Advertise SMTPUTF8 (the default), so addresses with non-ASCII local parts are accepted.</param>
    /// <param name="xoauth2">Offer only AUTH XOAUTH2, accepting exactly this user and access token.</param>
    public static async Task<SmtpTestServer> StartAsync(string folder, int? port = null, string? auth = null, bool selfSignedTls = false, bool implicitTls = false,
        bool smtpUtf8 = true, (string User, string Token)? xoauth2 = null)
    {
        var actualPort = port ?? FreePort();
        var mail = Path.Combine(folder, "mail");
        var rules = Path.Combine(folder, "rules.json");
        Directory.CreateDirectory(mail);
        await File.WriteAllTextAsync(rules, "{}");
        var python = Environment.GetEnvironmentVariable("REPORTGRAPH_PYTHON") ?? (File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(RepositoryPaths.Root, "tests", "smtp", "smtp_server.py"), "--port", actualPort.ToString(CultureInfo.InvariantCulture), "--maildir", mail, "--rules", rules })
        {
            start.ArgumentList.Add(argument);
        }

        if (auth is not null)
        {
            start.ArgumentList.Add("--auth");
            start.ArgumentList.Add(auth);
        }

        if (!smtpUtf8)
        {
            start.ArgumentList.Add("--no-smtputf8");
        }

        if (xoauth2 is var (user, token))
        {
            start.ArgumentList.Add("--xoauth2-user");
            start.ArgumentList.Add(user);
            start.ArgumentList.Add("--xoauth2-token");
            start.ArgumentList.Add(token);
        }

        if (selfSignedTls)
        {
            var (certificate, key) = await WriteSelfSignedCertificateAsync(folder);
            start.ArgumentList.Add("--tls-cert");
            start.ArgumentList.Add(certificate);
            start.ArgumentList.Add("--tls-key");
            start.ArgumentList.Add(key);
            if (implicitTls)
            {
                start.ArgumentList.Add("--implicit-tls");
            }
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + python);
        var stderr = process.StandardError.ReadToEndAsync();
        var ready = process.StandardOutput.ReadLineAsync();
        var finished = await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(20)));
        if (finished != ready || ready.Result is not { } line || !line.StartsWith("READY", StringComparison.Ordinal))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            var errors = process.HasExited ? await stderr : "(no answer within 20 s)";
            throw new InvalidOperationException(
                $"The test SMTP server did not start (is python3-aiosmtpd installed? apt-get install -y python3-aiosmtpd): {errors}");
        }

        return new SmtpTestServer(process, actualPort, mail, rules) { CertificatePath = selfSignedTls ? Path.Combine(folder, "cert.pem") : null };
    }

    private static async Task<(string Certificate, string Key)> WriteSelfSignedCertificateAsync(string folder)
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=localhost", rsa,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certificatePath = Path.Combine(folder, "cert.pem");
        var keyPath = Path.Combine(folder, "key.pem");
        await File.WriteAllTextAsync(certificatePath, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    /// <summary>Every RCPT TO of <paramref name="address"/> is answered with <paramref name="reply"/>.</summary>
    public void Reject(string address, string reply)
    {
        _rejects[address] = reply;
        WriteRules();
    }

    /// <summary>Every MAIL FROM of <paramref name="address"/> is answered with <paramref name="reply"/>.</summary>
    public void RejectSender(string address, string reply)
    {
        _senderRejects[address] = reply;
        WriteRules();
    }

    /// <summary>The first <paramref name="times"/> RCPT TO of <paramref name="address"/> get <paramref name="reply"/>, then it is accepted.</summary>
    public void Defer(string address, string reply, int times)
    {
        _defers[address] = (reply, times);
        WriteRules();
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.GetFiles(MailDirectory, "*.eml").Order().Select(f => MimeMessage.Parse(File.ReadAllBytes(f))).ToList();

    /// <summary>The messages of one execution (by the X-ReportGraph-Execution header).</summary>
    public IReadOnlyList<MimeMessage> MessagesOf(Guid executionId) =>
        Messages().Where(m => m.Header("X-ReportGraph-Execution") == executionId.ToString()).ToList();

    /// <summary>The raw files of the messages received so far, oldest first.</summary>
    public IReadOnlyList<string> MessageFiles() => Directory.GetFiles(MailDirectory, "*.eml").Order().ToList();

    private void WriteRules()
    {
        var json = JsonSerializer.Serialize(new
        {
            reject = _rejects,
            reject_senders = _senderRejects,
            defer = _defers.ToDictionary(d => d.Key, d => new { reply = d.Value.Reply, times = d.Value.Times }),
        });
        File.WriteAllText(RulesPath + ".tmp", json);
        File.Move(RulesPath + ".tmp", RulesPath, overwrite: true);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
