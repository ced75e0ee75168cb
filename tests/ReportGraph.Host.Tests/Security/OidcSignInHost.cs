using System.Net;
using System.Net.Sockets;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Security;

/// <summary>
/// The real OpenID provider and the real host on real ports (the provider redirects the browser to the host):
/// the host at http://localhost:port, the provider at http://127.0.0.1:port, so their cookies stay apart.
/// Accounts: ann (verified, in group rg-admins, mapped to Admin), carl (verified, no group), bob (email not verified).
/// </summary>
public sealed class OidcSignInHost : IAsyncLifetime
{
    public const string ClientId = "reportgraph-tests";
    public const string ClientSecret = "a-client-secret-for-tests-only";

    public static readonly IReadOnlyDictionary<string, OidcTestAccount> Accounts = new Dictionary<string, OidcTestAccount>
    {
        ["ann"] = new("ann@example.org", true, "Ann Admin", ["rg-admins", "staff"]),
        ["carl"] = new("carl@example.org", true, "Carl", ["staff"]),
        ["bob"] = new("bob@example.org", false, "Bob", ["rg-admins"]),
        ["dora"] = new("Dora@Example.org", true, "Dora", ["rg-admins"]),
        ["erin"] = new("erin@example.org", true, "Erin", []),
    };

    public ApiHost Api { get; private set; } = null!;
    public OidcTestProvider Provider { get; private set; } = null!;

    /// <summary>The host's base address, e.g. http://localhost:41234/.</summary>
    public Uri HostUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        HostUri = new Uri($"http://localhost:{port}/");
        Provider = await OidcTestProvider.StartAsync(new Uri(HostUri, "/signin/oidc/callback").ToString(), ClientId, ClientSecret, Accounts);
        Api = new ApiHost(new Dictionary<string, string?>
        {
            ["Security:Oidc:Authority"] = Provider.Issuer.ToString(),
            ["Security:Oidc:ClientId"] = ClientId,
            ["Security:Oidc:ClientSecret"] = ClientSecret,
            ["Security:Oidc:Scopes"] = "openid profile email groups",
            ["Security:Oidc:DisplayName"] = "Example Corp account",
            ["Security:Oidc:RoleClaim"] = "groups",
            ["Security:Oidc:RoleMapping:rg-admins"] = "Admin",
        });
        Api.Factory.UseKestrel(k => k.ListenLocalhost(port));
        Api.Factory.StartServer();
    }

    public OidcBrowser Browser() => new(HostUri);

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
