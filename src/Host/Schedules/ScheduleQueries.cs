using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Schedules;

/// <summary>Reading schedules and the caller's own subscriptions.</summary>
[ExtendObjectType("Query")]
public sealed class ScheduleQueries
{
    /// <summary>
    /// Your schedules (admins: everyone's), newest first unless you sort. Example:
    /// `schedules(first: 20, where: { name: { contains: "weekly" }, isActive: { eq: true } }, order: [{ nextRunAt: ASC }]) { nodes { id name nextRunAt } }`.
    /// </summary>
    [UsePaging(DefaultPageSize = 20, MaxPageSize = 50, UniqueKey = nameof(ScheduleNode.Key))]
    [UseFiltering(Example = """{ name: { contains: "weekly" }, or: [{ isActive: { eq: false } }, { nextRunAt: { lt: "2026-12-01T00:00:00Z" } }] }""")]
    [UseSorting(Example = "[{ nextRunAt: ASC }, { name: DESC }]")]
    public IQueryable<ScheduleNode> Schedules(IResolverContext context)
    {
        var caller = context.RequireCaller();
        // Ordered after the projection: keyset paging reads this order (when no `order` is given) and puts it in cursors.
        return ApiDb.Open(context).Schedules.AsNoTracking()
            .Where(s => caller.IsAdmin || s.OwnerId == caller.UserId)
            .Select(ScheduleNode.Projection)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Key);
    }

    /// <summary>
    /// One schedule by its global id; null with a NOT_FOUND error when it does not exist or is not yours (the rest of
    /// the response keeps its data).
    /// </summary>
    /// <param name="id">The schedule's global id (Schedule.id).</param>
    public async Task<ScheduleNode?> Schedule([ID] string id, IResolverContext context)
    {
        var caller = context.RequireCaller();
        var key = GlobalId.Require(id, "Schedule", "id");
        await using var db = await context.Services.GetRequiredService<IDbContextFactory<Data.ReportGraphDbContext>>().CreateDbContextAsync(context.RequestAborted);
        return ScheduleNode.From(await ScheduleService.LoadOwnedAsync(db, caller, key, context.RequestAborted));
    }

    /// <summary>Schedules that email you (matched by your sign-in email), with your subscription state.</summary>
    public async Task<IReadOnlyList<RecipientNode>> MySubscriptions(IResolverContext context)
    {
        var caller = context.RequireCaller();
        var db = ApiDb.Open(context);
        var email = await db.Users.Where(u => u.Id == caller.UserId).Select(u => u.NormalizedEmail).SingleAsync(context.RequestAborted);
        return await db.Recipients.AsNoTracking().Where(r => r.NormalizedEmail == email)
            .OrderBy(r => r.AddedAt).Select(RecipientNode.Projection).ToListAsync(context.RequestAborted);
    }
}
