using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Api;
using ReportGraph.Host.Security.Oidc;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Security;

/// <summary>Single sign-on settings, and what the host does when it is off or the provider cannot be reached.</summary>
public sealed class OidcSettingsTests
{
    private static OidcOptions Valid() => new() { Authority = "https://login.example.com/tenant/v2.0", ClientId = "rg", ClientSecret = "secret" };

    [Theory]
    [InlineData("Authority", "http://login.example.com", "Security:Oidc:Authority must be the provider's https issuer URL")]
    [InlineData("Authority", "login.example.com", "Security:Oidc:Authority must be the provider's https issuer URL")]
    [InlineData("ClientId", "", "Security:Oidc:ClientId is required")]
    [InlineData("ClientSecret", " ", "Security:Oidc:ClientSecret is required")]
    [InlineData("Scopes", "profile email", "Security:Oidc:Scopes must be scopes separated by spaces including openid")]
    [InlineData("DefaultRole", "Owner", "Security:Oidc:DefaultRole must be Member or Admin (got \"Owner\")")]
    [InlineData("DisplayName", "", "Security:Oidc:DisplayName must have 1 to 100 characters")]
    public void Each_problem_names_its_key(string key, string value, string expected)
    {
        var options = Valid();
        typeof(OidcOptions).GetProperty(key)!.SetValue(options, value);

        var result = new OidcOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
    }

    [Fact]
    public void Role_mapping_values_and_domains_are_checked()
    {
        var options = Valid();
        options.RoleMapping["rg-admins"] = "Superuser";
        options.AllowedEmailDomains = ["example.com", "@example.org"];

        var result = new OidcOptionsValidator().Validate(null, options);

        Assert.Contains("Security:Oidc:RoleMapping:rg-admins must be Member or Admin (got \"Superuser\")", result.FailureMessage);
        Assert.Contains("Security:Oidc:RoleClaim is required when Security:Oidc:RoleMapping is set", result.FailureMessage);
        Assert.Contains("Security:Oidc:AllowedEmailDomains must be domain names, e.g. example.com (got \"@example.org\")", result.FailureMessage);
    }

    [Fact]
    public void Off_by_default_and_a_full_setup_is_valid()
    {
        var validator = new OidcOptionsValidator();
        Assert.True(validator.Validate(null, new OidcOptions()).Succeeded);
        var full = Valid();
        full.RoleClaim = "groups";
        full.RoleMapping["rg-admins"] = "admin";
        full.AllowedEmailDomains = ["example.com"];
        Assert.True(validator.Validate(null, full).Succeeded);
        Assert.True(validator.Validate(null, new OidcOptions { Authority = "http://localhost:8080/realms/acme", ClientId = "rg", ClientSecret = "s" }).Succeeded);
    }

    [Fact]
    public void The_host_does_not_start_with_a_half_configured_provider()
    {
        using var folder = new TempFolder("rg-oidc");
        using var factory = new ReportGraphFactory(folder.Combine("data"), settings: new Dictionary<string, string?>
        {
            ["Security:Oidc:Authority"] = "https://login.example.com/tenant/v2.0",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Security:Oidc:ClientId is required", error.ToString());
    }

    [Fact]
    public async Task Without_a_provider_there_is_no_sign_in_button_and_no_endpoint()
    {
        using var host = new ApiHost();
        var client = host.Anonymous();

        var providers = (await client.DataAsync("{ signInProviders { name } }")).GetProperty("signInProviders");
        using var response = await client.Http.GetAsync("/signin/oidc");

        Assert.Equal(0, providers.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Single sign-on is not set up", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unreachable_provider_gives_a_page_not_a_500()
    {
        using var host = new ApiHost(Unreachable());
        var client = host.Anonymous();

        using var response = await client.Http.GetAsync("/signin/oidc");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("The identity provider could not be reached", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_allowed_email_domains_may_sign_in()
    {
        var settings = Unreachable();
        settings["Security:Oidc:AllowedEmailDomains:0"] = "example.com";
        using var host = new ApiHost(settings);
        var users = host.Factory.Services.GetRequiredService<OidcUsers>();

        var outsider = await users.ResolveAsync(Principal("eve@elsewhere.net"), CancellationToken.None);
        var insider = await users.ResolveAsync(Principal("Ivy@EXAMPLE.com"), CancellationToken.None);

        Assert.Null(outsider.User);
        Assert.Equal("Accounts of elsewhere.net may not sign in here.", outsider.Refusal);
        Assert.Equal("Ivy@EXAMPLE.com", insider.User!.Email);
        Assert.Equal(UserRole.Member, insider.User.Role);
    }

    [Fact]
    public async Task A_provider_that_sends_no_email_is_refused()
    {
        using var host = new ApiHost(Unreachable());
        var users = host.Factory.Services.GetRequiredService<OidcUsers>();

        var outcome = await users.ResolveAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "42")], "oidc")), CancellationToken.None);

        Assert.Null(outcome.User);
        Assert.Contains("did not send an email address", outcome.Refusal);
    }

    // A provider on a port nothing listens on (discovery fails); the settings are otherwise complete.
    private static Dictionary<string, string?> Unreachable() => new()
    {
        ["Security:Oidc:Authority"] = "http://127.0.0.1:9/",
        ["Security:Oidc:ClientId"] = "rg",
        ["Security:Oidc:ClientSecret"] = "secret",
    };

    private static ClaimsPrincipal Principal(string email) =>
        new(new ClaimsIdentity([new Claim("sub", email), new Claim("email", email), new Claim("email_verified", "true")], "oidc"));
}
