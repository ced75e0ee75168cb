using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security.Oidc;

/// <summary>The page a browser sees when single sign-on cannot finish: a title, the reason and a way back.</summary>
internal static class OidcPage
{
    public static Task WriteAsync(HttpContext http, int statusCode, string title, string reason) =>
        HtmlPage.WriteNoStoreAsync(http, statusCode, title, $"""<p>{HtmlPage.E(reason)}</p><p><a href="/">Back to ReportGraph</a></p>""");
}
