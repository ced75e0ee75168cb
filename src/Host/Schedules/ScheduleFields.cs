using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Schedules;

/// <summary>The related objects of a schedule, loaded in batches per request.</summary>
[ExtendObjectType(typeof(ScheduleNode))]
public sealed class ScheduleFields
{
    /// <summary>Who owns it.</summary>
    public async Task<UserNode> Owner([Parent] ScheduleNode schedule, IResolverContext context) =>
        (await context.DataLoader<UserByIdLoader>().LoadAsync(schedule.OwnerId))!;

    /// <summary>Who receives it, in the order they were added.</summary>
    public Task<RecipientNode[]> Recipients([Parent] ScheduleNode schedule, IResolverContext context) =>
        context.DataLoader<RecipientsByScheduleLoader>().LoadAsync(schedule.Key);

    /// <summary>The most recent execution (any trigger).</summary>
    public Task<ExecutionNode?> LastExecution([Parent] ScheduleNode schedule, IResolverContext context) =>
        context.DataLoader<LastExecutionByScheduleLoader>().LoadAsync(schedule.Key);

    /// <summary>The report type, with availability.</summary>
    public ReportTypeNode? ReportType([Parent] ScheduleNode schedule, [Service] ReportTypeRegistry registry) =>
        registry.Find(schedule.ReportTypeKey) is { } type ? new ReportTypeNode(type) : null;

    /// <summary>Recent executions, newest first.</summary>
    public async Task<IReadOnlyList<ExecutionNode>> RecentExecutions([Parent] ScheduleNode schedule, IResolverContext context, int limit = 10)
    {
        if (limit is < 1 or > 100)
        {
            throw new GraphQLException($"limit must be from 1 to 100; got {limit}.", ApiErrorCodes.BadUserInput);
        }

        return await ApiDb.Open(context).Executions.AsNoTracking().Where(e => e.ScheduleId == schedule.Key)
            .OrderByDescending(e => e.CreatedAt).Take(limit).Select(ExecutionNode.Projection).ToListAsync(context.RequestAborted);
    }
}
