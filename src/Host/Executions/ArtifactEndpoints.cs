using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary><c>GET /artifacts/{id}</c>: an execution's file, for its schedule's owner and admins.</summary>
public static class ArtifactEndpoints
{
    /// <summary>Maps the download endpoint (signed-in users only).</summary>
    public static IEndpointRouteBuilder MapArtifactEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/artifacts/{id:guid}", DownloadAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, IDbContextFactory<ReportGraphDbContext> dbs, ArtifactStore store)
    {
        var caller = context.User.ToCaller();
        if (caller is null)
        {
            return Results.Unauthorized();
        }

        await using var db = await dbs.CreateDbContextAsync(context.RequestAborted);
        var artifact = await db.Artifacts.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Id, a.FileName, a.ContentType, a.SizeBytes, a.StoragePath, OwnerId = a.Execution!.Schedule!.OwnerId })
            .SingleOrDefaultAsync(context.RequestAborted);
        if (artifact is null || !caller.MayAccess(artifact.OwnerId))
        {
            // Another owner's file answers like a missing one (no existence oracle).
            return Results.NotFound(new { error = $"Artifact '{id}' does not exist." });
        }

        return await store.ExistsAsync(artifact.Id, artifact.StoragePath, context.RequestAborted)
            ? Results.File(store.OpenRead(artifact.Id, artifact.StoragePath, artifact.SizeBytes), artifact.ContentType, artifact.FileName, enableRangeProcessing: true)
            : Results.Json(new { error = "The file was removed by retention." }, statusCode: StatusCodes.Status410Gone);
    }
}
