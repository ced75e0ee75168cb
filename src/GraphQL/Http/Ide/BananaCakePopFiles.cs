using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace ReportGraph.GraphQL.Http.Ide;

/// <summary>
/// Serves the Banana Cake Pop IDE (npm package <c>@chillicream/bananacakepop-graphql-ide</c>, ChilliCream License 1.0,
/// whose LICENSE file stays next to the files) from a folder: <c>index.html</c> at the endpoint itself with a
/// <c>&lt;base href&gt;</c> so its relative <c>static/…</c> links resolve under the endpoint, the static files below it,
/// and <c>bcp-config.json</c> telling the IDE to use the page's own URL as the GraphQL endpoint.
/// </summary>
internal sealed class BananaCakePopFiles
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly GraphQLIdeOptions _options;
    private readonly string _root;
    private string? _indexTemplate;

    public BananaCakePopFiles(GraphQLIdeOptions options)
    {
        _options = options;
        _root = Path.GetFullPath(options.StaticFilesPath);
    }

    /// <summary>Serves index.html for the endpoint path (e.g. <c>/graphql</c>).</summary>
    public async Task ServeIndexAsync(HttpContext context, PathString endpointPath)
    {
        var template = _indexTemplate ??= LoadIndex();
        if (template is null)
        {
            await NotInstalledAsync(context).ConfigureAwait(false);
            return;
        }
        var basePath = context.Request.PathBase.Add(endpointPath).Value!.TrimEnd('/') + "/";
        var html = template.Replace("<head>", $"<head><base href=\"{System.Net.WebUtility.HtmlEncode(basePath)}\"/>", StringComparison.Ordinal)
            .Replace("<title>Banana Cake Pop</title>", $"<title>{System.Net.WebUtility.HtmlEncode(_options.Title)}</title>", StringComparison.Ordinal);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        AddPageHeaders(context.Response.Headers);
        await context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// What the IDE needs and no more: its scripts, styles, fonts and worker from this server only (styles also
    /// inline, which its UI library injects), requests back to this server (HTTP and WebSocket), no framing by other
    /// sites, no Referer, no content sniffing. 'unsafe-eval' because the IDE compiles its JSON schema validators with
    /// <c>new Function</c> (ajv) and does not start without it; inline scripts stay forbidden.
    /// </summary>
    internal const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static void AddPageHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>Serves a file below the endpoint (<c>static/js/…</c>, <c>favicon.ico</c>, <c>bcp-config.json</c>); false when there is none.</summary>
    public async Task<bool> TryServeFileAsync(HttpContext context, string relativePath)
    {
        if (relativePath is "bcp-config.json")
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            // The IDE then sends its requests (and its subscriptions) to the URL the page was loaded from.
            await context.Response.WriteAsync("{\"useBrowserUrlAsEndpoint\":true,\"title\":" + System.Text.Json.JsonSerializer.Serialize(_options.Title) + "}", context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        if (relativePath is "" or "index.html")
        {
            await ServeIndexAsync(context, new PathString(context.Request.Path.Value![..^relativePath.Length].TrimEnd('/'))).ConfigureAwait(false);
            return true;
        }
        // Resolve inside the root only: "..", absolute paths and the npm wrapper files are not served.
        if (!IsWebAsset(relativePath)) return false;
        var full = Path.GetFullPath(Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full)) return false;
        if (!ContentTypes.TryGetContentType(full, out var contentType)) contentType = "application/octet-stream";
        context.Response.ContentType = contentType;
        // The build puts a content hash in static file names, so they can be cached for long.
        context.Response.Headers.CacheControl = relativePath.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        await context.Response.SendFileAsync(full, context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static readonly HashSet<string> WebAssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".js", ".css", ".ico", ".svg", ".png", ".woff", ".woff2", ".ttf", ".txt", ".webmanifest", ".map", ".json",
    };

    /// <summary>The IDE's own files only: not npm's package.json or the package's Node entry points.</summary>
    private static bool IsWebAsset(string relativePath)
        => WebAssetExtensions.Contains(Path.GetExtension(relativePath))
           && !relativePath.Equals("package.json", StringComparison.OrdinalIgnoreCase);

    private string? LoadIndex()
    {
        var index = Path.Combine(_root, "index.html");
        return File.Exists(index) ? File.ReadAllText(index) : null;
    }

    private async Task NotInstalledAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(
            $"The Banana Cake Pop IDE files are not installed at {_root}. Import src/GraphQL/build/ReportGraph.GraphQL.Ide.targets in the host project " +
            "(it runs npm at build time), or set GraphQLIdeOptions.StaticFilesPath.", context.RequestAborted).ConfigureAwait(false);
    }
}
