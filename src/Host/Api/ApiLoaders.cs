using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Api;

// The per-request batch loaders of the API: a page of 50 schedules asks for owners, recipients and last
// executions with one SQL command each, not 50 times. Batches of one request run one after another, each on
// its own short-lived DbContext.

/// <summary>Users by id.</summary>
public sealed class UserByIdLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : BatchDataLoader<Guid, UserNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, UserNode>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => keys.Contains(u.Id)).Select(UserNode.Projection).ToDictionaryAsync(u => u.Key, ct);
    }
}

/// <summary>Schedules by id.</summary>
public sealed class ScheduleByIdLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : BatchDataLoader<Guid, ScheduleNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, ScheduleNode>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Schedules.AsNoTracking().Where(s => keys.Contains(s.Id)).Select(ScheduleNode.Projection).ToDictionaryAsync(s => s.Key, ct);
    }
}

/// <summary>Recipients by schedule id, in the order they were added.</summary>
public sealed class RecipientsByScheduleLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : GroupedDataLoader<Guid, RecipientNode>(scheduler)
{
    protected override async Task<ILookup<Guid, RecipientNode>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Recipients.AsNoTracking().Where(r => keys.Contains(r.ScheduleId)).OrderBy(r => r.AddedAt).ThenBy(r => r.Email)
            .Select(RecipientNode.Projection).ToListAsync(ct);
        return rows.ToLookup(r => r.ScheduleKey);
    }
}

/// <summary>The newest execution of each schedule.</summary>
public sealed class LastExecutionByScheduleLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : BatchDataLoader<Guid, ExecutionNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, ExecutionNode>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // One command: the rows whose CreatedAt is the newest of their schedule.
        var rows = await db.Executions.AsNoTracking()
            .Where(e => keys.Contains(e.ScheduleId)
                && e.CreatedAt == db.Executions.Where(x => x.ScheduleId == e.ScheduleId).Max(x => x.CreatedAt))
            .Select(ExecutionNode.Projection).ToListAsync(ct);
        return rows.GroupBy(r => r.ScheduleKey).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ScheduledFor).First());
    }
}

/// <summary>Deliveries by execution id.</summary>
public sealed class DeliveriesByExecutionLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : GroupedDataLoader<Guid, DeliveryNode>(scheduler)
{
    protected override async Task<ILookup<Guid, DeliveryNode>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Deliveries.AsNoTracking().Where(d => keys.Contains(d.ExecutionId)).OrderBy(d => d.Email)
            .Select(DeliveryNode.Projection).ToListAsync(ct);
        return rows.ToLookup(r => r.ExecutionKey);
    }
}

/// <summary>Artifacts by execution id.</summary>
public sealed class ArtifactsByExecutionLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : GroupedDataLoader<Guid, ArtifactNode>(scheduler)
{
    protected override async Task<ILookup<Guid, ArtifactNode>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Artifacts.AsNoTracking().Where(a => keys.Contains(a.ExecutionId)).OrderBy(a => a.FileName)
            .Select(ArtifactNode.Projection).ToListAsync(ct);
        return rows.ToLookup(r => r.ExecutionKey);
    }
}
