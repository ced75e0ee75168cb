using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ReportGraph.Host.Tests.Api;

/// <summary>A GraphQL client over the real HTTP endpoint, keeping the session cookie like a browser.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>Posts a document; returns the whole response body.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"Not JSON ({(int)response.StatusCode}): {text}");
        }
    }

    /// <summary>Posts and returns <c>data</c>, failing the test on any GraphQL error.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        if (body.TryGetProperty("errors", out var errors))
        {
            throw new Xunit.Sdk.XunitException("GraphQL errors: " + errors);
        }

        return body.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public static string? FirstErrorCode(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    /// <summary>The sign-in document the tests send (a web app ships it in its persisted documents manifest).</summary>
    public const string SignInDocument = "mutation($i: SignInInput!) { signIn(input: $i) { user { email } errors { code message } } }";

    public async Task SignInAsync(string email, string password)
    {
        var data = await DataAsync(SignInDocument,
            new { i = new { email, password } });
        Assert.Equal(0, data.GetProperty("signIn").GetProperty("errors").GetArrayLength());
    }

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
