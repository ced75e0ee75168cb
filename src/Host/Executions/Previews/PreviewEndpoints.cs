using System.Net.Mime;
using ReportGraph.Rendering;

namespace ReportGraph.Host.Executions.Previews;

/// <summary><c>GET /previews/{token}</c>: a preview file by its signed, short-lived link.</summary>
public static class PreviewEndpoints
{
    /// <summary>Maps the preview download endpoint (the signed token is the permission).</summary>
    public static IEndpointRouteBuilder MapPreviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/previews/{token}", Download).AllowAnonymous();
        return endpoints;
    }

    private static IResult Download(string token, HttpContext context, PreviewLinks links, PreviewFolder folder)
    {
        if (links.Read(token) is not { } named || folder.Find(named.PreviewId, named.FileName) is not { } file)
        {
            return Results.Json(new { error = "This preview has expired or the link is not valid. Preview the report again." }, statusCode: StatusCodes.Status410Gone);
        }

        // Inline and framable by this host only, so the web app can show it in the page. The report's HTML may hold
        // anything its data holds, so it runs in a sandbox of its own (no scripts, no same-origin access) even when
        // opened directly; other files (the PDF viewer) only get the framing rule.
        var contentType = ReportPreviews.ContentTypeOf(file.Name);
        var headers = context.Response.Headers;
        headers.ContentDisposition = new ContentDisposition { Inline = true, FileName = file.Name }.ToString();
        headers.XFrameOptions = "SAMEORIGIN";
        headers.ContentSecurityPolicy = contentType == ContentTypes.Html
            ? "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; frame-ancestors 'self'"
            : "frame-ancestors 'self'";
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(file.FullName, contentType, enableRangeProcessing: true);
    }
}
