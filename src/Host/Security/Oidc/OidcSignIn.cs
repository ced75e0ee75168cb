using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ReportGraph.Host.Security.Oidc;

/// <summary>
/// The end of a provider sign-in: the provider's identity becomes a ReportGraph user and the browser gets the same
/// session cookie as <c>signIn</c>; anything that goes wrong becomes a page saying why, never a 500.
/// </summary>
public static class OidcSignIn
{
    /// <summary>The authentication scheme of the provider.</summary>
    public const string Scheme = "oidc";

    /// <summary>Where the web app sends the browser to sign in with the provider.</summary>
    public const string ChallengePath = "/signin/oidc";

    /// <summary>The redirect URI to register at the provider: <c>https://your-host/signin/oidc/callback</c>.</summary>
    public const string CallbackPath = "/signin/oidc/callback";

    internal static async Task TicketReceivedAsync(TicketReceivedContext context)
    {
        var http = context.HttpContext;
        context.HandleResponse();
        var outcome = await http.RequestServices.GetRequiredService<OidcUsers>().ResolveAsync(context.Principal!, http.RequestAborted);
        if (outcome.User is not { } user)
        {
            Logger(http).LogInformation("Single sign-on refused: {Reason}", outcome.Refusal);
            await OidcPage.WriteAsync(http, StatusCodes.Status403Forbidden, "Sign-in refused", outcome.Refusal!);
            return;
        }

        // The same server-side session and cookie as the signIn mutation.
        var principal = await http.RequestServices.GetRequiredService<SessionStore>().StartAsync(user, CookieAuthenticationDefaults.AuthenticationScheme,
            http.Request.Headers.UserAgent.ToString(), http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        http.Response.Redirect(LocalReturnUrl.Or(context.ReturnUri));
    }

    internal static async Task RemoteFailureAsync(RemoteFailureContext context)
    {
        var http = context.HttpContext;
        context.HandleResponse();
        Logger(http).LogWarning(context.Failure, "Single sign-on failed");
        var error = context.Failure?.Data["error"] as string;
        var description = context.Failure?.Data["error_description"] as string;
        var reason = error switch
        {
            null => "The sign-in could not be completed: the answer from the identity provider was missing, expired or not valid. Start again from the sign-in page.",
            "access_denied" => "The identity provider did not allow the sign-in" + (string.IsNullOrWhiteSpace(description) ? "." : $": {description}"),
            _ => $"The identity provider answered with the error {error}" + (string.IsNullOrWhiteSpace(description) ? "." : $": {description}"),
        };
        await OidcPage.WriteAsync(http, StatusCodes.Status400BadRequest, "Sign-in failed", reason);
    }

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn));
}
