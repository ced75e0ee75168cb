using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>Ends a session whose user was deleted or whose security stamp changed (password change, sign out everywhere).</summary>
internal static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var caller = context.Principal.ToCaller();
        var stamp = context.Principal?.FindFirst(CallerClaims.Stamp)?.Value;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountService>();
        var user = caller is null ? null : await accounts.FindAsync(caller.UserId, context.HttpContext.RequestAborted);
        if (user is null || user.SecurityStamp != stamp || user.Role != caller!.Role)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
