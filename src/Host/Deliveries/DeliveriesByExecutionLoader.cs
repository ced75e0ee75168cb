using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Deliveries;

// Per-request batch loaders: a page of 50 schedules asks for these with one SQL command, not 50 times.

/// <summary>Deliveries by execution id.</summary>
public sealed class DeliveriesByExecutionLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : GroupedDataLoader<Guid, DeliveryNode>(scheduler)
{
    protected override async Task<ILookup<Guid, DeliveryNode>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var rows = await db.Deliveries.AsNoTracking().Where(d => keys.Contains(d.ExecutionId)).OrderBy(d => d.Email)
            .Select(DeliveryNode.Projection).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ExecutionKey);
    }
}
