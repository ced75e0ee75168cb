using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>Execution history.</summary>
[ExtendObjectType("Query")]
public sealed class ExecutionQueries
{
    /// <summary>
    /// Executions of your schedules (admins: all), newest first unless sorted; narrow by schedule, statuses and a time
    /// range of scheduledFor (from inclusive, to exclusive). Example:
    /// `executions(first: 10, status: [FAILED, PARTIAL], order: [{ scheduledFor: DESC }]) { nodes { id status scheduledFor errorMessage schedule { name } } }`.
    /// </summary>
    /// <param name="scheduleId">Only the executions of this schedule (its global id).</param>
    /// <param name="status">Only executions with one of these statuses.</param>
    /// <param name="from">Only executions scheduled for this instant or later.</param>
    /// <param name="to">Only executions scheduled for before this instant.</param>
    [UsePaging(DefaultPageSize = 20, MaxPageSize = 100, UniqueKey = nameof(ExecutionNode.Key))]
    [UseFiltering(Example = """{ status: { in: [FAILED, PARTIAL] }, scheduledFor: { gte: "2026-11-01T00:00:00Z" }, or: [{ trigger: { eq: SCHEDULED } }, { rowCount: { gt: 0 } }] }""")]
    [UseSorting(Example = "[{ scheduledFor: DESC }, { durationMs: DESC }]")]
    public IQueryable<ExecutionNode> Executions(IResolverContext context, [ID] string? scheduleId = null,
        IReadOnlyList<ExecutionStatus>? status = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var caller = context.RequireCaller();
        var query = ApiDb.Open(context).Executions.AsNoTracking().Where(e => caller.IsAdmin || e.Schedule!.OwnerId == caller.UserId);
        if (scheduleId is not null)
        {
            var key = GlobalId.Require(scheduleId, "Schedule", "scheduleId");
            query = query.Where(e => e.ScheduleId == key);
        }

        if (status is { Count: > 0 })
        {
            query = query.Where(e => status.Contains(e.Status));
        }

        if (from is { } f) query = query.Where(e => e.ScheduledFor >= f);
        if (to is { } t) query = query.Where(e => e.ScheduledFor < t);
        // Ordered after the projection: keyset paging reads this order (when no `order` is given) and puts it in cursors.
        return query.Select(ExecutionNode.Projection).OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Key);
    }

    /// <summary>
    /// One execution with its deliveries and artifacts; null with a NOT_FOUND error when it does not exist or is not
    /// yours (the rest of the response keeps its data).
    /// </summary>
    /// <param name="id">The execution's global id (Execution.id).</param>
    public async Task<ExecutionNode?> Execution([ID] string id, IResolverContext context)
    {
        var caller = context.RequireCaller();
        var key = GlobalId.Require(id, "Execution", "id");
        var db = ApiDb.Open(context);
        var ownerId = await db.Executions.Where(e => e.Id == key).Select(e => (Guid?)e.Schedule!.OwnerId).SingleOrDefaultAsync(context.RequestAborted);
        if (ownerId is not { } owner || !caller.MayAccess(owner))
        {
            // Another owner's execution answers like a missing one (no existence oracle).
            throw new GraphQLException($"Execution '{id}' does not exist.", ApiErrorCodes.NotFound);
        }

        return await db.Executions.AsNoTracking().Where(e => e.Id == key).Select(ExecutionNode.Projection).SingleAsync(context.RequestAborted);
    }
}

/// <summary>The related objects of an execution.</summary>
[ExtendObjectType(typeof(ExecutionNode))]
public sealed class ExecutionFields
{
    /// <summary>The schedule it ran for.</summary>
    public async Task<ScheduleNode> Schedule([Parent] ExecutionNode execution, IResolverContext context) =>
        (await context.DataLoader<ScheduleByIdLoader>().LoadAsync(execution.ScheduleKey))!;

    /// <summary>The rendered files.</summary>
    public Task<ArtifactNode[]> Artifacts([Parent] ExecutionNode execution, IResolverContext context) =>
        context.DataLoader<ArtifactsByExecutionLoader>().LoadAsync(execution.Key);
}
