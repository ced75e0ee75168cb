using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Security;

/// <summary>Authenticates programs by <c>Authorization: Bearer rgk_…</c>.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountService accounts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var found = await accounts.AuthenticateApiKeyAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        return found is { } f
            ? AuthenticateResult.Success(new AuthenticationTicket(f.User.ToPrincipal(SchemeName, f.Key.Id), SchemeName))
            : AuthenticateResult.Fail("The API key is unknown or revoked.");
    }
}
