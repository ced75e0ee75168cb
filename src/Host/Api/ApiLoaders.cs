using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Execution;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Api;

/// <summary>
/// The per-request batch loaders of the API: a page of 50 schedules asks for owners, recipients and last
/// executions in one SQL command each, not 50 times.
/// </summary>
public static class ApiLoaders
{
    /// <summary>Users by id.</summary>
    public static RequestBatchLoader<Guid, UserNode> Users(IResolverContext context) =>
        Get(context, "users", (keys, db, ct) => db.Users.AsNoTracking().Where(u => keys.Contains(u.Id))
            .Select(UserNode.Projection).ToDictionaryAsync(u => u.Key, ct));

    /// <summary>Recipients by schedule id.</summary>
    public static RequestBatchLoader<Guid, IReadOnlyList<RecipientNode>> RecipientsBySchedule(IResolverContext context) =>
        Get(context, "recipients", async (keys, db, ct) =>
        {
            var rows = await db.Recipients.AsNoTracking().Where(r => keys.Contains(r.ScheduleId))
                .OrderBy(r => r.AddedAt).Select(RecipientNode.Projection).ToListAsync(ct);
            return keys.ToDictionary(k => k, k => (IReadOnlyList<RecipientNode>)rows.Where(r => r.ScheduleKey == k).ToList());
        });

    /// <summary>The newest execution by schedule id.</summary>
    public static RequestBatchLoader<Guid, ExecutionNode?> LastExecutionBySchedule(IResolverContext context) =>
        Get(context, "lastExecution", async (keys, db, ct) =>
        {
            var latest = await db.Executions.AsNoTracking().Where(e => keys.Contains(e.ScheduleId))
                .GroupBy(e => e.ScheduleId).Select(g => g.Max(e => e.CreatedAt)).ToListAsync(ct);
            var rows = await db.Executions.AsNoTracking()
                .Where(e => keys.Contains(e.ScheduleId) && latest.Contains(e.CreatedAt))
                .Select(ExecutionNode.Projection).ToListAsync(ct);
            return keys.ToDictionary(k => k, k => rows.Where(r => r.ScheduleKey == k).OrderByDescending(r => r.ScheduledFor).FirstOrDefault());
        });

    /// <summary>Deliveries by execution id.</summary>
    public static RequestBatchLoader<Guid, IReadOnlyList<DeliveryNode>> DeliveriesByExecution(IResolverContext context) =>
        Get(context, "deliveries", async (keys, db, ct) =>
        {
            var rows = await db.Deliveries.AsNoTracking().Where(d => keys.Contains(d.ExecutionId))
                .OrderBy(d => d.Email).Select(DeliveryNode.Projection).ToListAsync(ct);
            return keys.ToDictionary(k => k, k => (IReadOnlyList<DeliveryNode>)rows.Where(r => r.ExecutionKey == k).ToList());
        });

    /// <summary>Artifacts by execution id.</summary>
    public static RequestBatchLoader<Guid, IReadOnlyList<ArtifactNode>> ArtifactsByExecution(IResolverContext context) =>
        Get(context, "artifacts", async (keys, db, ct) =>
        {
            var rows = await db.Artifacts.AsNoTracking().Where(a => keys.Contains(a.ExecutionId))
                .OrderBy(a => a.FileName).Select(ArtifactNode.Projection).ToListAsync(ct);
            return keys.ToDictionary(k => k, k => (IReadOnlyList<ArtifactNode>)rows.Where(r => r.ExecutionKey == k).ToList());
        });

    /// <summary>Schedules by id.</summary>
    public static RequestBatchLoader<Guid, ScheduleNode> Schedules(IResolverContext context) =>
        Get(context, "schedules", (keys, db, ct) => db.Schedules.AsNoTracking().Where(s => keys.Contains(s.Id))
            .Select(ScheduleNode.Projection).ToDictionaryAsync(s => s.Key, ct));

    private static RequestBatchLoader<Guid, TValue> Get<TValue>(IResolverContext context, string name,
        Func<IReadOnlyList<Guid>, Data.ReportGraphDbContext, CancellationToken, Task<Dictionary<Guid, TValue>>> fetch)
    {
        var key = "loader:" + name;
        lock (context.ContextData)
        {
            if (context.ContextData.TryGetValue(key, out var existing))
            {
                return (RequestBatchLoader<Guid, TValue>)existing!;
            }

            var services = context.Services;
            var loader = new RequestBatchLoader<Guid, TValue>(async (keys, ct) =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<Data.ReportGraphDbContext>>().CreateDbContextAsync(ct);
                return await fetch(keys, db, ct);
            });
            context.ContextData[key] = loader;
            return loader;
        }
    }
}
