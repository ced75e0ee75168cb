namespace ReportGraph.Host.Security.Oidc;

/// <summary>Where a browser goes after signing in: only a path of this host, never another site (open redirect).</summary>
internal static class LocalReturnUrl
{
    public static string Or(string? url, string fallback = "/") => IsLocal(url) ? url! : fallback;

    /// <summary>A path starting with one "/" (not "//" or "/\", which browsers read as another host), without control characters.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= 2000 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
