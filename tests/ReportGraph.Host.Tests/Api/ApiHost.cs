using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Api;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Api;

/// <summary>The real host on a private SQLite store, with an admin and helpers to add signed-in members.</summary>
public sealed class ApiHost : IDisposable
{
    public const string AdminEmail = "root@example.org";
    public const string AdminPassword = "correct horse battery staple";
    public const string MemberPassword = "member-password-123";

    private readonly TempFolder _folder = new("rg-api");

    public ApiHost(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Security:Admin:Email"] = AdminEmail,
            ["Security:Admin:Password"] = AdminPassword,
            ["Scheduler:Enabled"] = "false",
            ["Delivery:PublicBaseUrl"] = "http://localhost",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        Factory = new ReportGraphFactory(_folder.Combine("data"), settings: all);
    }

    public ReportGraphFactory Factory { get; }

    public string DataDirectory => Factory.DataDirectory;

    /// <summary>
    /// Starts the host on a free loopback port, for clients outside this process (Node scripts, a browser) that cannot
    /// reach the in-memory test server; returns its address, e.g. http://127.0.0.1:41234/.
    /// </summary>
    public Uri StartOnLoopbackPort()
    {
        Factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        return new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public ApiClient Anonymous() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));

    public async Task<ApiClient> AdminAsync()
    {
        var client = Anonymous();
        await client.SignInAsync(AdminEmail, AdminPassword);
        return client;
    }

    public async Task<(ApiClient Client, User User)> MemberAsync(string email)
    {
        var accounts = Factory.Services.GetRequiredService<AccountService>();
        var user = await accounts.CreateUserAsync(email, email.Split('@')[0], UserRole.Member, MemberPassword, CancellationToken.None);
        var client = Anonymous();
        await client.SignInAsync(email, MemberPassword);
        return (client, user);
    }

    public void Dispose()
    {
        Factory.Dispose();
        _folder.Dispose();
    }
}
