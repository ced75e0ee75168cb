using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Schedules;

/// <summary>Input of addWebhooks.</summary>
public sealed record AddWebhooksInput
{
    /// <summary>The schedule's global id.</summary>
    [ID] public required string ScheduleId { get; init; }
    /// <summary>New webhooks; URLs already on the schedule are errors.</summary>
    public required IReadOnlyList<WebhookInput> Webhooks { get; init; }
}

/// <summary>Input of removeWebhook.</summary>
public sealed record RemoveWebhookInput
{
    /// <summary>The webhook's global id (Schedule.webhooks.id).</summary>
    [ID] public required string WebhookId { get; init; }
}

/// <summary>Adding and removing a schedule's webhooks.</summary>
[ExtendObjectType("Mutation")]
public sealed class WebhookMutations
{
    /// <summary>
    /// Adds webhooks to a schedule: each has a kind (SLACK, TEAMS or JSON), a name and an https URL; JSON webhooks need
    /// a secret (write-only).
    /// </summary>
    /// <param name="input">The schedule and the webhooks to add to it.</param>
    public async Task<SchedulePayload> AddWebhooks(AddWebhooksInput input, IResolverContext context, [Service] ScheduleWebhookService webhooks)
    {
        var result = await webhooks.AddAsync(context.RequireCaller(), GlobalId.Require(input.ScheduleId, "Schedule", "input.scheduleId"), input.Webhooks, context.RequestAborted);
        return new SchedulePayload(result.Value is null ? null : ScheduleNode.From(result.Value), result.Errors);
    }

    /// <summary>Removes a webhook from its schedule.</summary>
    /// <param name="input">The webhook to remove.</param>
    public async Task<SchedulePayload> RemoveWebhook(RemoveWebhookInput input, IResolverContext context, [Service] ScheduleWebhookService webhooks)
    {
        var schedule = await webhooks.RemoveAsync(context.RequireCaller(), GlobalId.Require(input.WebhookId, "Webhook", "input.webhookId"), context.RequestAborted);
        return new SchedulePayload(ScheduleNode.From(schedule));
    }
}
