using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>The result of runScheduleNow and sendTestReport.</summary>
public sealed class ExecutionPayload(ExecutionNode? execution) : Payload(null)
{
    /// <summary>The queued execution; follow it with executionProgress or execution(id).</summary>
    public ExecutionNode? Execution { get; } = execution;
}

/// <summary>Running a schedule outside its recurrence.</summary>
[ExtendObjectType("Mutation")]
public sealed class ExecutionMutations
{
    /// <summary>Queues a run now, to every subscribed recipient; nextRunAt is not changed.</summary>
    public Task<ExecutionPayload> RunScheduleNow(ScheduleIdInput input, IResolverContext context, [Service] ExecutionQueue queue) =>
        QueueAsync(input, ExecutionTrigger.Manual, context, queue);

    /// <summary>Renders the report and sends it to you only (not to the recipients).</summary>
    public Task<ExecutionPayload> SendTestReport(ScheduleIdInput input, IResolverContext context, [Service] ExecutionQueue queue) =>
        QueueAsync(input, ExecutionTrigger.Test, context, queue);

    private static async Task<ExecutionPayload> QueueAsync(ScheduleIdInput input, ExecutionTrigger trigger, IResolverContext context, ExecutionQueue queue)
    {
        var execution = await queue.EnqueueForCallerAsync(context.RequireCaller(), GlobalId.Require(input.Id, "Schedule", "input.id"), trigger, context.RequestAborted);
        return new ExecutionPayload(ExecutionNode.From(execution));
    }
}
