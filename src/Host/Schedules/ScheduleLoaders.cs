using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Schedules;

// Per-request batch loaders: a page of 50 schedules asks for these with one SQL command, not 50 times.

/// <summary>Schedules by id.</summary>
public sealed class ScheduleByIdLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : BatchDataLoader<Guid, ScheduleNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, ScheduleNode>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Schedules.AsNoTracking().Where(s => keys.Contains(s.Id)).Select(ScheduleNode.Projection).ToDictionaryAsync(s => s.Key, cancellationToken);
    }
}

/// <summary>Recipients by schedule id, in the order they were added.</summary>
public sealed class RecipientsByScheduleLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : GroupedDataLoader<Guid, RecipientNode>(scheduler)
{
    protected override async Task<ILookup<Guid, RecipientNode>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var rows = await db.Recipients.AsNoTracking().Where(r => keys.Contains(r.ScheduleId)).OrderBy(r => r.AddedAt).ThenBy(r => r.Email)
            .Select(RecipientNode.Projection).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ScheduleKey);
    }
}
