using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Security.Oidc;

/// <summary>
/// <c>GET /signin/oidc?returnUrl=/path</c> sends the browser to the identity provider; the provider sends it back to
/// <see cref="OidcSignIn.CallbackPath"/>, which the OpenID Connect handler answers (see <see cref="OidcSignIn"/>).
/// </summary>
public static class OidcEndpoints
{
    /// <summary>Maps the single sign-on endpoint.</summary>
    public static IEndpointRouteBuilder MapOidcEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(OidcSignIn.ChallengePath, ChallengeAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task ChallengeAsync(HttpContext http, IOptions<OidcOptions> options, ILoggerFactory loggers, string? returnUrl = null)
    {
        if (!options.Value.Enabled)
        {
            await OidcPage.WriteAsync(http, StatusCodes.Status404NotFound, "Single sign-on is not set up",
                "This ReportGraph has no identity provider configured (Security:Oidc). Sign in with your email and password.");
            return;
        }

        try
        {
            await http.ChallengeAsync(OidcSignIn.Scheme, new AuthenticationProperties { RedirectUri = LocalReturnUrl.Or(returnUrl) });
        }
        catch (Exception e) when (!http.Response.HasStarted && e is not OperationCanceledException)
        {
            // Mostly the provider's discovery document could not be read (provider down, wrong Authority).
            loggers.CreateLogger(typeof(OidcEndpoints)).LogWarning(e, "Could not start single sign-on with {Authority}", options.Value.Authority);
            http.Response.Clear();
            await OidcPage.WriteAsync(http, StatusCodes.Status502BadGateway, "Single sign-on is unavailable",
                "The identity provider could not be reached. Try again later or ask your administrator.");
        }
    }
}
