using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Schedules;

/// <summary>The webhooks of a schedule, loaded in batches per request.</summary>
[ExtendObjectType(typeof(ScheduleNode))]
public sealed class WebhookFields
{
    /// <summary>Webhooks it posts every run to, besides the recipients' emails, in the order they were added.</summary>
    public Task<WebhookNode[]> Webhooks([Parent] ScheduleNode schedule, IResolverContext context) =>
        context.DataLoader<WebhooksByScheduleLoader>().LoadAsync(schedule.Key);
}

/// <summary>Webhooks by schedule id, in the order they were added.</summary>
public sealed class WebhooksByScheduleLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : GroupedDataLoader<Guid, WebhookNode>(scheduler)
{
    protected override async Task<ILookup<Guid, WebhookNode>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var rows = await db.ScheduleWebhooks.AsNoTracking().Where(w => keys.Contains(w.ScheduleId)).OrderBy(w => w.AddedAt).ThenBy(w => w.Name)
            .Select(WebhookNode.Projection).ToListAsync(cancellationToken);
        return rows.ToLookup(w => w.ScheduleKey);
    }
}
