using Microsoft.Net.Http.Headers;

namespace ReportGraph.Host.Security;

/// <summary>
/// Headers that keep browsers from misreading or embedding responses: <c>nosniff</c> and <c>no-referrer</c> on
/// everything (a signed download link must not leak through the Referer header), and on HTML — the unsubscribe and
/// download pages, downloaded HTML reports — no framing (clickjacking of the unsubscribe button) and a CSP that allows
/// only inline styles and posting forms back here. A page that sets its own CSP (the GraphQL IDE) or framing rule (report previews, shown in the web app) keeps it.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The CSP of the host's own pages: no scripts, no external anything.</summary>
    public const string PagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Response.ContentType is { } type && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                if (!headers.ContainsKey(HeaderNames.XFrameOptions))
                {
                    headers.XFrameOptions = "DENY";
                }
                if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = PagePolicy;
                }
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
