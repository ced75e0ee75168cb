using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>The result of runScheduleNow and sendTestReport.</summary>
public sealed class ExecutionPayload(ExecutionNode? execution, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The queued execution; follow it with executionProgress or execution(id). Null when the schedule's parameters are refused (see errors).</summary>
    public ExecutionNode? Execution { get; } = execution;
}

/// <summary>Running a schedule outside its recurrence.</summary>
[ExtendObjectType("Mutation")]
public sealed class ExecutionMutations
{
    /// <summary>
    /// Queues a run now, to every subscribed recipient; nextRunAt is not changed. It covers the last complete period of
    /// the recurrence (the last full Monday–Sunday week for weekly, the last full month for monthly, yesterday for daily).
    /// </summary>
    /// <param name="input">The schedule to run.</param>
    public Task<ExecutionPayload> RunScheduleNow(RunScheduleNowInput input, IResolverContext context, [Service] ExecutionQueue queue, [Service] ManualRunCheck check) =>
        QueueAsync(input, ExecutionTrigger.Manual, context, queue, check);

    /// <summary>Renders the report and sends it to you only (not to the recipients); same period as runScheduleNow.</summary>
    /// <param name="input">The schedule whose report you receive.</param>
    public Task<ExecutionPayload> SendTestReport(SendTestReportInput input, IResolverContext context, [Service] ExecutionQueue queue, [Service] ManualRunCheck check) =>
        QueueAsync(input, ExecutionTrigger.Test, context, queue, check);

    private static async Task<ExecutionPayload> QueueAsync(ScheduleIdInput input, ExecutionTrigger trigger, IResolverContext context, ExecutionQueue queue, ManualRunCheck check)
    {
        var caller = context.RequireCaller();
        var scheduleId = GlobalId.Require(input.Id, "Schedule", "input.id");
        var errors = await check.CheckAsync(caller, scheduleId, context.RequestAborted);
        if (errors.Count > 0)
        {
            return new ExecutionPayload(null, errors);
        }

        var execution = await queue.EnqueueForCallerAsync(caller, scheduleId, trigger, context.RequestAborted);
        return new ExecutionPayload(ExecutionNode.From(execution));
    }
}

/// <summary>Input of runScheduleNow.</summary>
public sealed record RunScheduleNowInput : ScheduleIdInput;

/// <summary>Input of sendTestReport.</summary>
public sealed record SendTestReportInput : ScheduleIdInput;
