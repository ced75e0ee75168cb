using static ReportGraph.Host.Api.HtmlPage;

namespace ReportGraph.Host.Security;

/// <summary>
/// The server-rendered set-password page, for browsers without JavaScript (emails link to the web app's
/// <see cref="AppSetPasswordPath"/>, which points here): <c>GET /account/set-password?token=…</c> shows a form (no scripts, so the strict page CSP holds) that posts to
/// <c>POST /account/set-password</c>. Antiforgery is off on purpose: the unguessable token in the form is the secret
/// that proves the caller got the email, so a cross-site post cannot forge it. Rate-limited like resetPassword.
/// </summary>
public static class AccountPages
{
    /// <summary>The path of the server-rendered page.</summary>
    public const string SetPasswordPath = "/account/set-password";

    /// <summary>The web app's set-password page (src/Web, <c>/set-password?token=…</c>): the link in invitation and reset emails.</summary>
    public const string AppSetPasswordPath = "/set-password";

    /// <summary>Maps the set-password page and its form endpoint.</summary>
    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SetPasswordPath, (string? token) => Form(token ?? "", null, StatusCodes.Status200OK)).AllowAnonymous();
        endpoints.MapPost(SetPasswordPath, SetAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> SetAsync(HttpContext http, OneTimeTokens tokens, SensitiveFieldLimiter limiter)
    {
        if (limiter.TryAcquire("resetPassword", http.Connection.RemoteIpAddress?.ToString(), null) is { } wait)
        {
            RateLimitedResponse.Mark(http, wait);
            return Page(StatusCodes.Status429TooManyRequests, "Too many attempts",
                $"<p>Too many attempts from your address. Try again in {RateLimitedResponse.Seconds(wait)} seconds.</p>");
        }

        if (!http.Request.HasFormContentType)
        {
            return Page(StatusCodes.Status400BadRequest, "Set your password", "<p>Send the form on this page.</p>");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var token = form["token"].ToString();
        var password = form["password"].ToString();
        if (password != form["confirm"].ToString())
        {
            return Form(token, "The two passwords differ.", StatusCodes.Status400BadRequest);
        }

        var problem = await PasswordRules.RedeemAsync(tokens, token, password, http.RequestAborted);
        if (problem is null)
        {
            return Page(StatusCodes.Status200OK, "Password set", "<p>Your password is set. Sign in with your email and the new password.</p>");
        }

        return problem.Code == PasswordRules.InvalidToken
            ? Page(StatusCodes.Status400BadRequest, "Link not valid", "<p>This link is unknown, used already or expired. Ask for a new one.</p>")
            : Form(token, $"The password must have {AccountService.MinPasswordLength} to 1024 characters.", StatusCodes.Status400BadRequest);
    }

    private static IResult Form(string token, string? problem, int status) => Page(status, "Set your password", $"""
        {(problem is null ? "" : $"<p style=\"color:#b03a2e;\">{E(problem)}</p>")}
        <form method="post" action="{SetPasswordPath}">
        <input type="hidden" name="token" value="{E(token)}">
        <p><label>New password (at least {AccountService.MinPasswordLength} characters)<br>
        <input type="password" name="password" autocomplete="new-password" minlength="{AccountService.MinPasswordLength}" required style="width:100%;padding:6px;"></label></p>
        <p><label>Repeat it<br><input type="password" name="confirm" autocomplete="new-password" required style="width:100%;padding:6px;"></label></p>
        <p><button type="submit" style="padding:8px 16px;">Set password</button></p>
        </form>
        """);

    // The page carries a secret token: no cache may keep it.
    private static IResult Page(int status, string title, string body) => NoStoreResult(status, title, body);
}
