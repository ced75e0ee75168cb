using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Deliveries;

/// <summary><c>node(id)</c> for deliveries of the caller's schedules, or any for admins.</summary>
internal sealed class DeliveryNodeSource : INodeSource
{
    public string TypeName => "Delivery";

    public async Task<INode?> LoadAsync(ReportGraphDbContext db, Caller caller, Guid key, CancellationToken cancellationToken) =>
        await db.Deliveries.Where(d => d.Id == key && (caller.IsAdmin || d.Execution!.Schedule!.OwnerId == caller.UserId))
            .Select(DeliveryNode.Projection).SingleOrDefaultAsync(cancellationToken);
}
