using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>A schedule's executions, added to the Schedule type by this feature (schedules know nothing of runs).</summary>
[ExtendObjectType(typeof(ScheduleNode))]
public sealed class ScheduleExecutionFields
{
    /// <summary>The most recent execution (any trigger).</summary>
    public Task<ExecutionNode?> LastExecution([Parent] ScheduleNode schedule, IResolverContext context) =>
        context.DataLoader<LastExecutionByScheduleLoader>().LoadAsync(schedule.Key);

    /// <summary>Recent executions, newest first.</summary>
    /// <param name="limit">How many, 1 to 100.</param>
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
