using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary><c>node(id)</c> for executions of the caller's schedules, or any for admins.</summary>
internal sealed class ExecutionNodeSource : INodeSource
{
    public string TypeName => "Execution";

    public async Task<INode?> LoadAsync(ReportGraphDbContext db, Caller caller, Guid key, CancellationToken cancellationToken) =>
        await db.Executions.Where(e => e.Id == key && (caller.IsAdmin || e.Schedule!.OwnerId == caller.UserId))
            .Select(ExecutionNode.Projection).SingleOrDefaultAsync(cancellationToken);
}
