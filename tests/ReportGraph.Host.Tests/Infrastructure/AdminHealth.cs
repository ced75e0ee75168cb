using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Api;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Tests.Infrastructure;

/// <summary>Reads <c>/health/ready</c> as an admin, who sees the checks' descriptions and data.</summary>
public static class AdminHealth
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(ReportGraphFactory factory)
    {
        var client = await AdminClientAsync(factory);
        var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>A client signed in as a freshly created admin.</summary>
    public static async Task<HttpClient> AdminClientAsync(ReportGraphFactory factory)
    {
        var email = $"health-{Guid.NewGuid():N}@example.org";
        const string password = "health-admin-password";
        await factory.Services.GetRequiredService<AccountService>().CreateUserAsync(email, "Health", UserRole.Admin, password, CancellationToken.None);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var signIn = await client.PostAsJsonAsync("/graphql", new { query = "mutation($i: SignInInput!) { signIn(input: $i) { user { email } } }", variables = new { i = new { email, password } } });
        signIn.EnsureSuccessStatusCode();
        return client;
    }
}
