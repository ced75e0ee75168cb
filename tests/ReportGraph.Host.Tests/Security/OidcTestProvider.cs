using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Security;

/// <summary>An account of the test provider: its claims as the provider sends them.</summary>
public sealed record OidcTestAccount(string Email, bool EmailVerified, string Name, string[] Groups);

/// <summary>
/// The real OpenID provider of tests/node/oidc-provider.mjs (npm oidc-provider) as a child process on 127.0.0.1 and a
/// free port, with one confidential client and the given accounts. Ended when disposed.
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private OidcTestProvider(Process process, Uri issuer)
    {
        _process = process;
        Issuer = issuer;
    }

    /// <summary>The issuer, e.g. http://127.0.0.1:40123 (the Authority to configure).</summary>
    public Uri Issuer { get; }

    public static async Task<OidcTestProvider> StartAsync(string redirectUri, string clientId, string clientSecret, IReadOnlyDictionary<string, OidcTestAccount> accounts)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "node");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"The npm package oidc-provider is not installed in {folder}: run scripts/install-test-deps.sh (npm ci there).");
        }

        var config = JsonSerializer.Serialize(new
        {
            redirectUri,
            clientId,
            clientSecret,
            accounts = accounts.ToDictionary(a => a.Key, a => new { email = a.Value.Email, email_verified = a.Value.EmailVerified, name = a.Value.Name, groups = a.Value.Groups }),
        });
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("oidc-provider.mjs");
        start.ArgumentList.Add(config);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        process.BeginErrorReadLine();

        using var cancel = new CancellationTokenSource(StartTimeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                if (line.StartsWith('{'))
                {
                    var issuer = JsonDocument.Parse(line).RootElement.GetProperty("issuer").GetString()!;
                    return new OidcTestProvider(process, new Uri(issuer));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        process.Kill(entireProcessTree: true);
        lock (stderr)
        {
            throw new InvalidOperationException($"The OpenID provider did not start within {StartTimeout}. stderr: {stderr}");
        }
    }

    /// <summary>
    /// What the provider received: <c>pushedAuthorizationRequests</c> [{ responseType, codeChallenge,
    /// codeChallengeMethod }] and <c>tokenRequests</c> [{ codeVerifier: whether the PKCE verifier was sent }].
    /// </summary>
    public async Task<JsonElement> LogAsync()
    {
        using var http = new HttpClient();
        return await http.GetFromJsonAsync<JsonElement>(new Uri(Issuer, "/test/log"));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Closing its standard input ends it; killing is the fall-back.
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
