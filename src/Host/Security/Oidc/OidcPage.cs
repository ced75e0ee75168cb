using System.Net;
using System.Text;

namespace ReportGraph.Host.Security.Oidc;

/// <summary>
/// The page a browser sees when single sign-on cannot finish: a title, the reason and a way back. No scripts, no
/// external resources (the host's page CSP applies); every value is HTML-encoded.
/// </summary>
internal static class OidcPage
{
    public static string Render(string title, string reason) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex"><title>{E(title)} — ReportGraph</title></head>
        <body style="margin:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#2c3e50;">
        <main style="max-width:520px;margin:48px auto;background:#fff;border:1px solid #dde3e8;padding:28px 32px;line-height:1.5;">
        <h1 style="font-size:20px;margin:0 0 12px 0;">{E(title)}</h1>
        <p>{E(reason)}</p>
        <p><a href="/">Back to ReportGraph</a></p>
        </main></body></html>
        """;

    public static IResult Result(int statusCode, string title, string reason) =>
        Results.Content(Render(title, reason), "text/html; charset=utf-8", Encoding.UTF8, statusCode);

    public static async Task WriteAsync(HttpContext http, int statusCode, string title, string reason)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(Render(title, reason), Encoding.UTF8, http.RequestAborted);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
