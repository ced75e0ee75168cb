using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ReportGraph.Host.Security;

/// <summary>
/// Cross-site WebSocket hijacking guard: browsers send the session cookie on a WebSocket handshake (and on a
/// credentialed event stream) whatever page opened it, and SameSite does not help when the page is on a sibling
/// host. So such a request with a cookie must come from the service's own origin or one in
/// <c>Security:AllowedOrigins</c>. Requests without a cookie (API key in connection_init or the Authorization
/// header) carry no ambient authority and may come from anywhere; requests without an Origin header were not sent
/// by a browser page on another site (browsers always send Origin on these), so they pass too.
/// </summary>
public static class StreamingOrigins
{
    /// <summary>Whether the WebSocket or event-stream request may go on; the hook of the GraphQL endpoint.</summary>
    public static bool Allows(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!request.Headers.ContainsKey(HeaderNames.Cookie))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (!TryParseOrigin(origin, out var from))
        {
            return false;
        }

        if (TryParseOrigin($"{request.Scheme}://{request.Host}", out var own) && SameOrigin(from, own))
        {
            return true;
        }

        var allowed = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.AllowedOrigins;
        return allowed.Any(a => TryParseOrigin(a, out var listed) && SameOrigin(from, listed));
    }

    /// <summary>Parses an origin: http or https, a host, an optional port, nothing else (a trailing slash is tolerated).</summary>
    public static bool TryParseOrigin(string? text, out Uri origin)
    {
        origin = null!;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return false;
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0) return false;
        origin = uri;
        return true;
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
