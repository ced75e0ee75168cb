using System.Net;
using System.Text;

namespace ReportGraph.Host.Api;

/// <summary>
/// The small, self-contained HTML pages of the plain endpoints (unsubscribe, expired links, set password, single
/// sign-on errors): inline styles, no scripts, no external resources. Every dynamic value is HTML-encoded by the
/// callers through <see cref="E"/>.
/// </summary>
internal static class HtmlPage
{
    /// <summary>HTML-encodes <paramref name="text"/>.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A page result with the given status, title and body markup (already encoded).</summary>
    public static IResult Result(int statusCode, string title, string bodyHtml) =>
        Results.Content(Render(title, bodyHtml), "text/html; charset=utf-8", Encoding.UTF8, statusCode);

    /// <summary>A page result that no cache may keep (it carries a secret, or answers one).</summary>
    public static IResult NoStoreResult(int statusCode, string title, string bodyHtml) => new NoStore(Result(statusCode, title, bodyHtml));

    /// <summary>Writes a page that no cache may keep straight to the response (for handlers outside endpoint results).</summary>
    public static Task WriteNoStoreAsync(HttpContext http, int statusCode, string title, string bodyHtml)
    {
        ArgumentNullException.ThrowIfNull(http);
        return NoStoreResult(statusCode, title, bodyHtml).ExecuteAsync(http);
    }

    /// <summary>A full HTML document.</summary>
    public static string Render(string title, string bodyHtml) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex"><title>{E(title)} — ReportGraph</title></head>
        <body style="margin:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#2c3e50;">
        <main style="max-width:520px;margin:48px auto;background:#fff;border:1px solid #dde3e8;padding:28px 32px;line-height:1.5;">
        <h1 style="font-size:20px;margin:0 0 12px 0;">{E(title)}</h1>
        {bodyHtml}
        </main></body></html>
        """;

    /// <summary>A form with one button posting to <paramref name="action"/>.</summary>
    public static string Button(string action, string label) =>
        $"""<form method="post" action="{E(action)}" style="margin:16px 0 0 0;"><button type="submit" style="background:#2e86de;color:#fff;border:0;padding:10px 18px;font-size:14px;cursor:pointer;">{E(label)}</button></form>""";

    private sealed class NoStore(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-store";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
