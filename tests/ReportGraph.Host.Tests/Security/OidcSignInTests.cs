using System.Net;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Security;

/// <summary>
/// Single sign-on end to end: the host against a real OpenID provider (npm oidc-provider, PKCE required), a browser
/// made of an HttpClient with cookies, and what the user then sees through the API.
/// </summary>
public sealed class OidcSignInTests(OidcSignInHost fixture) : IClassFixture<OidcSignInHost>
{
    private const string Me = "{ me { id email name role } }";

    [Fact]
    public async Task A_first_sign_in_creates_the_user_with_the_mapped_role_and_the_session_works()
    {
        using var browser = fixture.Browser();

        var run = await browser.SignInAsync("ann", returnUrl: "/schedules?tab=mine");

        Assert.Equal(HttpStatusCode.Redirect, run.Status);
        Assert.Equal("/schedules?tab=mine", run.Location!.OriginalString);
        var me = (await new ApiClient(browser.Http).DataAsync(Me)).GetProperty("me");
        Assert.Equal("ann@example.org", me.GetProperty("email").GetString());
        Assert.Equal("Ann Admin", me.GetProperty("name").GetString());
        Assert.Equal("ADMIN", me.GetProperty("role").GetString());
        // Created without a password: this user signs in through the provider.
        var user = await UserAsync("ann@example.org");
        Assert.Null(user.PasswordHash);
    }

    [Fact]
    public async Task The_authorization_code_flow_uses_PKCE()
    {
        using var browser = fixture.Browser();

        var run = await browser.SignInAsync("carl");

        Assert.Equal(HttpStatusCode.Redirect, run.Status);
        // The browser carries only a reference to the request the host pushed to the provider (PAR, RFC 9126)…
        var query = HttpUtility.ParseQueryString(run.AuthorizationRequest.Query);
        Assert.Equal(OidcSignInHost.ClientId, query["client_id"]);
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", query["request_uri"]);
        Assert.Null(query["code_challenge"]);
        // …which asked for a code with an S256 PKCE challenge; every code was redeemed with its verifier (the
        // provider requires PKCE, so a code without one would not have signed anyone in).
        var log = await fixture.Provider.LogAsync();
        var pushed = log.GetProperty("pushedAuthorizationRequests").EnumerateArray().ToList();
        Assert.NotEmpty(pushed);
        Assert.All(pushed, p =>
        {
            Assert.Equal("code", p.GetProperty("responseType").GetString());
            Assert.Equal(new Uri(fixture.HostUri, "/signin/oidc/callback").ToString(), p.GetProperty("redirectUri").GetString());
            Assert.Equal("S256", p.GetProperty("codeChallengeMethod").GetString());
            Assert.Matches("^[A-Za-z0-9_-]{43}$", p.GetProperty("codeChallenge").GetString());
        });
        var tokenRequests = log.GetProperty("tokenRequests").EnumerateArray().ToList();
        Assert.NotEmpty(tokenRequests);
        Assert.All(tokenRequests, t => Assert.True(t.GetProperty("codeVerifier").GetBoolean()));
    }

    [Fact]
    public async Task A_user_in_no_mapped_group_gets_the_default_role()
    {
        using var browser = fixture.Browser();

        await browser.SignInAsync("carl");

        var me = (await new ApiClient(browser.Http).DataAsync(Me)).GetProperty("me");
        Assert.Equal("carl@example.org", me.GetProperty("email").GetString());
        Assert.Equal("MEMBER", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_second_sign_in_matches_the_same_user()
    {
        using var first = fixture.Browser();
        await first.SignInAsync("ann");
        var firstId = (await new ApiClient(first.Http).DataAsync(Me)).GetProperty("me").GetProperty("id").GetString();

        // Another browser: a new login at the provider, the same ReportGraph user.
        using var second = fixture.Browser();
        var run = await second.SignInAsync("ann");

        Assert.Equal(HttpStatusCode.Redirect, run.Status);
        Assert.Contains(run.Visited, u => u.AbsolutePath.StartsWith("/interaction/", StringComparison.Ordinal));
        var secondId = (await new ApiClient(second.Http).DataAsync(Me)).GetProperty("me").GetProperty("id").GetString();
        Assert.Equal(firstId, secondId);
        await using var db = await Db();
        Assert.Equal(1, await db.Set<User>().CountAsync(u => u.NormalizedEmail == "ANN@EXAMPLE.ORG"));
    }

    [Fact]
    public async Task An_existing_user_is_matched_by_email_and_keeps_the_role_given_in_ReportGraph()
    {
        var accounts = fixture.Api.Factory.Services.GetRequiredService<AccountService>();
        var existing = await accounts.CreateUserAsync("dora@example.org", "Dora D.", UserRole.Member, ApiHost.MemberPassword, CancellationToken.None);
        using var browser = fixture.Browser();

        await browser.SignInAsync("dora");

        var me = (await new ApiClient(browser.Http).DataAsync(Me)).GetProperty("me");
        Assert.Equal(Api.Api.GlobalIdOf("User", existing.Id), me.GetProperty("id").GetString());
        Assert.Equal("MEMBER", me.GetProperty("role").GetString());
        Assert.Equal("Dora D.", me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unverified_email_is_refused_with_a_page_saying_why()
    {
        using var browser = fixture.Browser();

        var run = await browser.SignInAsync("bob");

        Assert.Equal(HttpStatusCode.Forbidden, run.Status);
        Assert.Contains("Sign-in refused", run.Body);
        Assert.Contains("has not verified the email bob@example.org", run.Body);
        var me = await new ApiClient(browser.Http).DataAsync(Me);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("me").ValueKind);
        await using var db = await Db();
        Assert.False(await db.Set<User>().AnyAsync(u => u.NormalizedEmail == "BOB@EXAMPLE.ORG"));
    }

    [Fact]
    public async Task A_disabled_user_is_refused()
    {
        var accounts = fixture.Api.Factory.Services.GetRequiredService<AccountService>();
        var erin = await accounts.CreateUserAsync("erin@example.org", "Erin", UserRole.Member, null, CancellationToken.None);
        await using (var db = await Db())
        {
            var row = await db.Set<User>().SingleAsync(u => u.Id == erin.Id);
            row.DisabledAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        using var browser = fixture.Browser();

        var run = await browser.SignInAsync("erin");

        Assert.Equal(HttpStatusCode.Forbidden, run.Status);
        Assert.Contains("This account is disabled", run.Body);
        var me = await new ApiClient(browser.Http).DataAsync(Me);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_sign_in_cancelled_at_the_provider_shows_its_error_not_a_500()
    {
        using var browser = fixture.Browser();

        var run = await browser.SignInAsync("carl", cancel: true);

        Assert.Equal(HttpStatusCode.BadRequest, run.Status);
        Assert.Contains("Sign-in failed", run.Body);
        Assert.Contains("The user cancelled the sign-in", run.Body);
        var me = await new ApiClient(browser.Http).DataAsync(Me);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_forged_or_replayed_callback_is_refused_with_a_page()
    {
        using var browser = fixture.Browser();

        using var response = await browser.Http.GetAsync("/signin/oidc/callback?code=made-up&state=made-up");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sign-in failed", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    public async Task A_return_address_on_another_site_is_ignored(string returnUrl)
    {
        using var browser = fixture.Browser();

        var run = await browser.SignInAsync("carl", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, run.Status);
        Assert.Equal("/", run.Location!.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_providers_are_listed_for_the_sign_in_page()
    {
        using var browser = fixture.Browser();

        var providers = (await new ApiClient(browser.Http).DataAsync("{ signInProviders { name displayName url } }")).GetProperty("signInProviders");

        var provider = Assert.Single(providers.EnumerateArray());
        Assert.Equal("oidc", provider.GetProperty("name").GetString());
        Assert.Equal("Example Corp account", provider.GetProperty("displayName").GetString());
        Assert.Equal("/signin/oidc", provider.GetProperty("url").GetString());
    }

    private async Task<ReportGraphDbContext> Db() =>
        await fixture.Api.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();

    private async Task<User> UserAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        await using var db = await Db();
        return await db.Set<User>().SingleAsync(u => u.NormalizedEmail == normalized);
    }
}
