using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Accounts;

/// <summary>The limits against password guessing, with the real default numbers (the test factory raises them for other tests).</summary>
public sealed class RateLimitTests : IDisposable
{
    private const string SignIn = "mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { email } errors { code } } }";

    private static readonly RateLimitOptions Defaults = new();

    private readonly ApiHost _host;

    public RateLimitTests() => _host = new ApiHost(DefaultLimits());

    public void Dispose() => _host.Dispose();

    private static Dictionary<string, string?> DefaultLimits(TimeSpan? window = null) => new()
    {
        ["Security:RateLimits:Window"] = (window ?? Defaults.Window).ToString("c", CultureInfo.InvariantCulture),
        ["Security:RateLimits:SensitivePerAddress"] = Defaults.SensitivePerAddress.ToString(CultureInfo.InvariantCulture),
        ["Security:RateLimits:SensitivePerAccount"] = Defaults.SensitivePerAccount.ToString(CultureInfo.InvariantCulture),
        ["Security:RateLimits:GraphQLPerCaller"] = Defaults.GraphQLPerCaller.ToString(CultureInfo.InvariantCulture),
        ["Security:RateLimits:FreeFailedSignIns"] = Defaults.FreeFailedSignIns.ToString(CultureInfo.InvariantCulture),
    };

    private static async Task<(HttpStatusCode Status, string? RetryAfter, JsonElement Body)> PostAsync(HttpClient http, string query, object? variables)
    {
        var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Headers.RetryAfter?.ToString(), body);
    }

    [Fact]
    public async Task SignIn_from_one_address_answers_429_with_Retry_After_past_the_limit()
    {
        var http = _host.Anonymous().Http;
        for (var i = 0; i < Defaults.SensitivePerAddress; i++)
        {
            var (status, _, body) = await PostAsync(http, SignIn, new { e = $"guess{i}@example.org", p = "wrong-password-1" });
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("INVALID_CREDENTIALS", body.GetProperty("data").GetProperty("signIn").GetProperty("errors")[0].GetProperty("code").GetString());
        }

        var (limited, retryAfter, refused) = await PostAsync(http, SignIn, new { e = ApiHost.AdminEmail, p = ApiHost.AdminPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited);
        Assert.InRange(int.Parse(retryAfter!, CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("RATE_LIMITED", ApiClient.FirstErrorCode(refused));
        Assert.Contains("Try again in", refused.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_limited_address_recovers_after_the_window()
    {
        var limits = DefaultLimits(TimeSpan.FromSeconds(3));
        limits["Security:RateLimits:SensitivePerAddress"] = "2";
        using var host = new ApiHost(limits);
        var http = host.Anonymous().Http;
        await PostAsync(http, SignIn, new { e = "a@example.org", p = "wrong-password-1" });
        await PostAsync(http, SignIn, new { e = "b@example.org", p = "wrong-password-1" });
        var (limited, retryAfter, _) = await PostAsync(http, SignIn, new { e = ApiHost.AdminEmail, p = ApiHost.AdminPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited);

        await Task.Delay(TimeSpan.FromSeconds(int.Parse(retryAfter!, CultureInfo.InvariantCulture) + 0.5));

        var (after, _, ok) = await PostAsync(http, SignIn, new { e = ApiHost.AdminEmail, p = ApiHost.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal(ApiHost.AdminEmail, ok.GetProperty("data").GetProperty("signIn").GetProperty("user").GetProperty("email").GetString());
    }

    [Fact]
    public async Task RequestPasswordReset_and_resetPassword_are_limited_per_address_too()
    {
        var limits = DefaultLimits();
        limits["Security:RateLimits:SensitivePerAddress"] = "1";
        using var host = new ApiHost(limits);
        var http = host.Anonymous().Http;
        const string Request = "mutation($e: String!) { requestPasswordReset(input: { email: $e }) { done } }";
        const string Reset = "mutation($t: String!) { resetPassword(input: { token: $t, newPassword: \"long-enough-password\" }) { done } }";

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, Request, new { e = "x@example.org" })).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(http, Request, new { e = "y@example.org" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, Reset, new { t = "made-up" })).Status);
        var (status, retryAfter, body) = await PostAsync(http, Reset, new { t = "made-up-2" });
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.NotNull(retryAfter);
        Assert.Equal("RATE_LIMITED", ApiClient.FirstErrorCode(body));
    }

    [Fact]
    public async Task SignIn_for_one_account_is_limited_whatever_the_passwords()
    {
        var http = _host.Anonymous().Http;
        for (var i = 0; i < Defaults.SensitivePerAccount; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, SignIn, new { e = "target@example.org", p = $"guess-number-{i}" })).Status);
        }

        var (status, retryAfter, body) = await PostAsync(http, SignIn, new { e = "TARGET@example.org", p = "guess-number-x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.NotNull(retryAfter);
        Assert.Equal("RATE_LIMITED", ApiClient.FirstErrorCode(body));
    }

    [Fact]
    public async Task Wrong_passwords_slow_the_account_down_briefly_and_the_owner_gets_in_after_the_wait()
    {
        var http = _host.Anonymous().Http;
        for (var i = 0; i <= Defaults.FreeFailedSignIns; i++)
        {
            var (status, _, body) = await PostAsync(http, SignIn, new { e = ApiHost.AdminEmail, p = "wrong-password-" + i });
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("INVALID_CREDENTIALS", body.GetProperty("data").GetProperty("signIn").GetProperty("errors")[0].GetProperty("code").GetString());
        }

        // One wrong password past the free ones: a 1-second wait, during which even the right password is not checked.
        var (slowed, retryAfter, refused) = await PostAsync(http, SignIn, new { e = ApiHost.AdminEmail, p = ApiHost.AdminPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed);
        Assert.Equal("1", retryAfter);
        Assert.Equal("RATE_LIMITED", ApiClient.FirstErrorCode(refused));

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        await _host.Anonymous().SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
    }

    [Fact]
    public async Task A_request_with_many_aliased_signIn_fields_is_refused_with_one_error_and_none_is_tried()
    {
        var document = new StringBuilder("mutation {");
        for (var i = 0; i < 100; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $" a{i}: signIn(input: {{ email: \"{ApiHost.AdminEmail}\", password: \"{(i == 99 ? ApiHost.AdminPassword : "guess" + i)}\" }}) {{ user {{ email }} }}");
        }

        var response = await _host.Anonymous().Http.PostAsJsonAsync("/graphql", new { query = document.Append(" }").ToString() });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Contains("send one per request", error.GetProperty("message").GetString());
        // Nothing was tried: the account is not slowed down by 99 wrong passwords.
        await _host.Anonymous().SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
    }

    [Fact]
    public async Task GraphQL_requests_past_the_per_caller_limit_answer_429_with_Retry_After()
    {
        var http = _host.Anonymous().Http;
        for (var i = 0; i < Defaults.GraphQLPerCaller; i++)
        {
            var response = await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var (status, retryAfter, body) = await PostAsync(http, "{ __typename }", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.NotNull(retryAfter);
        Assert.Equal("RATE_LIMITED", ApiClient.FirstErrorCode(body));
        // Other endpoints are not limited by it.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
    }
}
