using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary><c>node(id)</c> for files of the caller's executions, or any for admins.</summary>
internal sealed class ArtifactNodeSource : INodeSource
{
    public string TypeName => "Artifact";

    public async Task<INode?> LoadAsync(ReportGraphDbContext db, Caller caller, Guid key, CancellationToken cancellationToken) =>
        await db.Artifacts.Where(a => a.Id == key && (caller.IsAdmin || a.Execution!.Schedule!.OwnerId == caller.UserId))
            .Select(ArtifactNode.Projection).SingleOrDefaultAsync(cancellationToken);
}
