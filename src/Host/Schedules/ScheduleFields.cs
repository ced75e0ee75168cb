using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
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

    /// <summary>The report type, with availability.</summary>
    public ReportTypeNode? ReportType([Parent] ScheduleNode schedule, [Service] ReportTypeRegistry registry) =>
        registry.Find(schedule.ReportTypeKey) is { } type ? new ReportTypeNode(type) : null;
}
