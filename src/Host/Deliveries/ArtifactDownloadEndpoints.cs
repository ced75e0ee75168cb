using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary><c>GET /files/{token}</c>: downloads an artifact by the signed, expiring link from an email.</summary>
public static class ArtifactDownloadEndpoints
{
    /// <summary>Maps the signed download endpoint (anonymous: the signed token is the permission).</summary>
    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/files/{token}", DownloadAsync).AllowAnonymous().WithName("DownloadArtifactByLink");
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string token, SignedArtifactLinks links, IDbContextFactory<ReportGraphDbContext> dbs,
        ArtifactStore store, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } artifactId)
        {
            return Gone("This download link has expired or is not valid. Download links in report emails work for a limited time; the report's owner can send the report again.");
        }

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var artifact = await db.Artifacts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == artifactId, cancellationToken);
        if (artifact is null)
        {
            return HtmlPage.Result(StatusCodes.Status404NotFound, "File not found", "<p>This file does not exist (any more).</p>");
        }

        if (!await store.ExistsAsync(artifact.Id, artifact.StoragePath, cancellationToken))
        {
            // Removed by retention after the link was sent.
            return Gone("This file has been removed under the retention policy and can no longer be downloaded.");
        }

        return Results.File(store.OpenRead(artifact.Id, artifact.StoragePath, artifact.SizeBytes), artifact.ContentType, artifact.FileName, enableRangeProcessing: true);
    }

    private static IResult Gone(string message) =>
        HtmlPage.Result(StatusCodes.Status410Gone, "Link expired", $"<p>{HtmlPage.E(message)}</p>");
}
