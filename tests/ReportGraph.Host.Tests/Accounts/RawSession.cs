using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Accounts;

/// <summary>A browser whose session cookie the test holds itself, so it can replay the cookie after the session ended.</summary>
public sealed class RawSession(HttpClient http, string cookie)
{
    public string Cookie { get; } = cookie;

    /// <summary>Signs in without a cookie jar and keeps the Set-Cookie value.</summary>
    public static async Task<RawSession> SignInAsync(ApiHost host, string email, string password, string userAgent = "test-browser/1.0")
    {
        var http = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "mutation($i: SignInInput!) { signIn(input: $i) { errors { code } } }", variables = new { i = new { email, password } } }),
        };
        request.Headers.UserAgent.ParseAdd(userAgent);
        var response = await http.SendAsync(request);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]).ToList() : [];
        Assert.NotEmpty(cookies);
        return new RawSession(http, string.Join("; ", cookies));
    }

    /// <summary>Posts a document with the cookie (whatever the server set afterwards is ignored: a replay).</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("Cookie", Cookie);
        var response = await http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The email of <c>me</c>, or null when the cookie is refused.</summary>
    public async Task<string?> MeAsync()
    {
        var body = await PostAsync("{ me { email } }");
        var me = body.GetProperty("data").GetProperty("me");
        return me.ValueKind == JsonValueKind.Null ? null : me.GetProperty("email").GetString();
    }

    /// <summary>Posts and returns <c>data</c>, failing on GraphQL errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), "GraphQL errors: " + errors);
        return body.GetProperty("data");
    }
}
