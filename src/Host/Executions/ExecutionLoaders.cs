using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

// Per-request batch loaders: a page of 50 schedules asks for these with one SQL command, not 50 times.

/// <summary>The newest execution of each schedule.</summary>
public sealed class LastExecutionByScheduleLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : BatchDataLoader<Guid, ExecutionNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, ExecutionNode>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // One command, one index probe per schedule (ix_executions_schedule_created read backwards): the id of each
        // schedule's newest execution, then those rows. Matching every row of the schedules against their newest
        // CreatedAt instead read their whole history, which grows with every run (bench/scale).
        var newest = db.Set<Schedule>().Where(s => keys.Contains(s.Id))
            .Select(s => db.Set<Execution>().Where(e => e.ScheduleId == s.Id)
                .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.ScheduledFor)
                .Select(e => (Guid?)e.Id).FirstOrDefault());
        var rows = await db.Executions.AsNoTracking()
            .Where(e => newest.Contains((Guid?)e.Id))
            .Select(ExecutionNode.Projection).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ScheduleKey);
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
