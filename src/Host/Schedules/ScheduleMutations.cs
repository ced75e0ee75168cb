using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Schedules;

/// <summary>The result of a mutation that changes a schedule.</summary>
public sealed class SchedulePayload(ScheduleNode? schedule, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The schedule after the change; null when there are errors.</summary>
    public ScheduleNode? Schedule { get; } = schedule;
}

/// <summary>The result of deleteSchedule.</summary>
public sealed class DeleteSchedulePayload(string? deletedId) : Payload(null)
{
    /// <summary>The id of the deleted schedule.</summary>
    [ID] public string? DeletedScheduleId { get; } = deletedId;
}

/// <summary>Input of updateSchedule.</summary>
public sealed record UpdateScheduleInput
{
    /// <summary>The schedule's global id.</summary>
    [ID] public required string Id { get; init; }
    /// <summary>The fields to change; null fields keep their value.</summary>
    public required ScheduleChangesInput Changes { get; init; }
}

/// <summary>
/// What the inputs of mutations on one schedule share: its id. Each mutation has its own input type named after it
/// (the schema convention clients and codegen expect), so one can grow fields without changing the others.
/// </summary>
public abstract record ScheduleIdInput
{
    /// <summary>The schedule's global id.</summary>
    [ID] public required string Id { get; init; }
}

/// <summary>Input of deleteSchedule.</summary>
public sealed record DeleteScheduleInput : ScheduleIdInput;

/// <summary>Input of pauseSchedule.</summary>
public sealed record PauseScheduleInput : ScheduleIdInput;

/// <summary>Input of resumeSchedule.</summary>
public sealed record ResumeScheduleInput : ScheduleIdInput;

/// <summary>Input of addRecipients.</summary>
public sealed record AddRecipientsInput
{
    /// <summary>The schedule's global id.</summary>
    [ID] public required string ScheduleId { get; init; }
    /// <summary>New recipients; addresses already on the schedule are errors.</summary>
    public required IReadOnlyList<RecipientInput> Recipients { get; init; }
}

/// <summary>Input of removeRecipient.</summary>
public sealed record RemoveRecipientInput
{
    /// <summary>The recipient's global id (Schedule.recipients.id).</summary>
    [ID] public required string RecipientId { get; init; }
}

/// <summary>Creating and changing schedules.</summary>
[ExtendObjectType("Mutation")]
public sealed class ScheduleMutations
{
    /// <summary>
    /// Creates a schedule owned by you. Example input: `{ name: "Tutor weekly", reportType: "tutor-weekly",
    /// parameters: { tutorId: "all" }, recurrence: { kind: WEEKLY, timeOfDay: "08:00", weekdays: [MONDAY] },
    /// timeZone: "Europe/Berlin", formats: [PDF, XLSX], subject: "{{name}} — {{period}}",
    /// recipients: [{ email: "ada@example.org" }] }`.
    /// </summary>
    /// <param name="input">The new schedule: report, parameters, recurrence, time zone, formats and recipients.</param>
    public async Task<SchedulePayload> CreateSchedule(CreateScheduleInput input, IResolverContext context, [Service] ScheduleService schedules)
    {
        var result = await schedules.CreateAsync(context.RequireCaller(), input, context.RequestAborted);
        return new SchedulePayload(result.Value is null ? null : ScheduleNode.From(result.Value), result.Errors);
    }

    /// <summary>Changes a schedule; a new recurrence or time zone recomputes nextRunAt.</summary>
    /// <param name="input">The schedule and the fields to change.</param>
    public async Task<SchedulePayload> UpdateSchedule(UpdateScheduleInput input, IResolverContext context, [Service] ScheduleService schedules)
    {
        var result = await schedules.UpdateAsync(context.RequireCaller(), GlobalId.Require(input.Id, "Schedule", "input.id"), input.Changes, context.RequestAborted);
        var errors = result.Errors.Select(e => e with { Path = ["changes", .. e.Path] }).ToList();
        return new SchedulePayload(result.Value is null ? null : ScheduleNode.From(result.Value), errors);
    }

    /// <summary>Deletes a schedule with its recipients and history.</summary>
    /// <param name="input">The schedule to delete.</param>
    public async Task<DeleteSchedulePayload> DeleteSchedule(DeleteScheduleInput input, IResolverContext context, [Service] ScheduleService schedules)
    {
        await schedules.DeleteAsync(context.RequireCaller(), GlobalId.Require(input.Id, "Schedule", "input.id"), context.RequestAborted);
        return new DeleteSchedulePayload(input.Id);
    }

    /// <summary>Stops scheduled runs until resumed (run now still works).</summary>
    /// <param name="input">The schedule to pause.</param>
    public Task<SchedulePayload> PauseSchedule(PauseScheduleInput input, IResolverContext context, [Service] ScheduleService schedules) =>
        SetActiveAsync(input, false, context, schedules);

    /// <summary>Resumes scheduled runs from the next occurrence after now (missed ones are not caught up).</summary>
    /// <param name="input">The schedule to resume.</param>
    public Task<SchedulePayload> ResumeSchedule(ResumeScheduleInput input, IResolverContext context, [Service] ScheduleService schedules) =>
        SetActiveAsync(input, true, context, schedules);

    /// <summary>Adds recipients to a schedule.</summary>
    /// <param name="input">The schedule and the recipients to add.</param>
    public async Task<SchedulePayload> AddRecipients(AddRecipientsInput input, IResolverContext context, [Service] ScheduleService schedules)
    {
        var result = await schedules.AddRecipientsAsync(context.RequireCaller(), GlobalId.Require(input.ScheduleId, "Schedule", "input.scheduleId"), input.Recipients, context.RequestAborted);
        return new SchedulePayload(result.Value is null ? null : ScheduleNode.From(result.Value), result.Errors);
    }

    /// <summary>Removes a recipient from its schedule.</summary>
    /// <param name="input">The recipient to remove.</param>
    public async Task<SchedulePayload> RemoveRecipient(RemoveRecipientInput input, IResolverContext context, [Service] ScheduleService schedules)
    {
        var schedule = await schedules.RemoveRecipientAsync(context.RequireCaller(), GlobalId.Require(input.RecipientId, "Recipient", "input.recipientId"), context.RequestAborted);
        return new SchedulePayload(ScheduleNode.From(schedule));
    }

    private static async Task<SchedulePayload> SetActiveAsync(ScheduleIdInput input, bool active, IResolverContext context, ScheduleService schedules)
    {
        var result = await schedules.SetActiveAsync(context.RequireCaller(), GlobalId.Require(input.Id, "Schedule", "input.id"), active, context.RequestAborted);
        return new SchedulePayload(ScheduleNode.From(result.Value!));
    }
}
