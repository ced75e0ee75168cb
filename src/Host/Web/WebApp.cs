using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ReportGraph.Host.Web;

/// <summary>
/// Serves the web app (src/Web, built into the output's <c>web/</c> folder by src/Web/build/ReportGraph.Web.targets)
/// at <c>/</c>: its files as they are, and <c>index.html</c> for every other path no endpoint claims, so the app's
/// client-side routes (<c>/schedules/…</c>) survive a reload. <c>/graphql</c>, <c>/account/*</c>, <c>/health</c>,
/// downloads and unsubscribe links are endpoints and keep winning over the fallback.
/// </summary>
public static class WebApp
{
    /// <summary>The app's own CSP: its scripts and styles (Mantine adds style tags), GraphQL over HTTP and WebSocket
    /// on this origin, and report previews framed from this origin.</summary>
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The folder next to the host's binaries that holds the built app.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "web");

    /// <summary>Serves the built app; without it (a build with ReportGraphSkipWeb=true) <c>/</c> says how to build it.</summary>
    public static WebApplication MapWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var index = Path.Combine(Folder, "index.html");
        if (!File.Exists(index))
        {
            app.MapGet("/", () => Results.Text(
                "The web app is not built: build the host without ReportGraphSkipWeb=true (needs npm). The GraphQL IDE is at /graphql.",
                "text/plain; charset=utf-8"));
            return app;
        }

        var files = new PhysicalFileProvider(Folder);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file =>
            {
                // Vite fingerprints everything under assets/, so those never change; index.html must be re-read.
                file.Context.Response.Headers.CacheControl = file.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        app.MapFallback(async context =>
        {
            // Unknown API-looking paths and missing files get a real 404, not the app's HTML.
            if (Path.HasExtension(context.Request.Path.Value) || IsServerPath(context.Request.Path) || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers[HeaderNames.ContentSecurityPolicy] = Policy;
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"), context.RequestAborted);
        });
        return app;
    }

    // Server endpoints that may be switched off (metrics) or unknown below their prefix answer 404, never the app.
    private static bool IsServerPath(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health") || path.StartsWithSegments("/graphql")
        || path.StartsWithSegments("/api") || path.StartsWithSegments("/account");
}
