using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

// Per-request batch loaders: a page of 50 schedules asks for these with one SQL command, not 50 times.

/// <summary>The newest execution of each schedule.</summary>
public sealed class LastExecutionByScheduleLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : BatchDataLoader<Guid, ExecutionNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, ExecutionNode>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // One command: the rows whose CreatedAt is the newest of their schedule.
        var rows = await db.Executions.AsNoTracking()
            .Where(e => keys.Contains(e.ScheduleId)
                && e.CreatedAt == db.Set<Execution>().Where(x => x.ScheduleId == e.ScheduleId).Max(x => x.CreatedAt))
            .Select(ExecutionNode.Projection).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ScheduleKey).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ScheduledFor).First());
    }
}

/// <summary>Artifacts by execution id.</summary>
public sealed class ArtifactsByExecutionLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : GroupedDataLoader<Guid, ArtifactNode>(scheduler)
{
    protected override async Task<ILookup<Guid, ArtifactNode>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var rows = await db.Artifacts.AsNoTracking().Where(a => keys.Contains(a.ExecutionId)).OrderBy(a => a.FileName)
            .Select(ArtifactNode.Projection).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ExecutionKey);
    }
}
