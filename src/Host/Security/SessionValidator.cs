using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>
/// Checks every cookie against its row in <c>sessions</c>: a cookie whose session was ended (sign out, password change,
/// an admin), expired, or whose user is disabled or deleted is refused, even when replayed with a valid signature.
/// A changed role or email is carried into the cookie at once.
/// </summary>
internal static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var secret = SessionStore.SecretOf(context.Principal);
        var caller = context.Principal.ToCaller();
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        var found = secret is null || caller is null ? null : await sessions.ValidateAsync(secret, context.HttpContext.RequestAborted);
        if (found is not { } live || live.User.Id != caller!.UserId)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        var user = live.User;
        if (user.Role != caller.Role || user.Email != context.Principal?.Identity?.Name)
        {
            context.ReplacePrincipal(SessionStore.WithSession(user.ToPrincipal(CookieAuthenticationDefaults.AuthenticationScheme), secret!));
            context.ShouldRenew = true;
        }
    }
}
