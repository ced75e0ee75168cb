using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Inputs;

namespace ReportGraph.Host.Unsubscribe;

/// <summary>Input of unsubscribe and resubscribe.</summary>
public sealed record SubscriptionTokenInput
{
    /// <summary>The token from the email's unsubscribe link (the last part of /unsubscribe/{token}).</summary>
    public required string Token { get; init; }
}

/// <summary>The result of unsubscribe and resubscribe.</summary>
public sealed class SubscriptionPayload(RecipientSubscription? subscription, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The schedule's name, to show "You are unsubscribed from …".</summary>
    public string? ScheduleName { get; } = subscription?.ScheduleName;

    /// <summary>The recipient's address.</summary>
    public string? Email { get; } = subscription?.Email;

    /// <summary>Whether the address now receives the schedule's emails.</summary>
    public bool? IsSubscribed { get; } = subscription?.IsSubscribed;
}

/// <summary>Unsubscribing by token: works without signing in.</summary>
[ExtendObjectType("Mutation")]
public sealed class SubscriptionMutations
{
    /// <summary>Stops the emails of one schedule to the token's recipient. No sign-in needed.</summary>
    public async Task<SubscriptionPayload> Unsubscribe(SubscriptionTokenInput input, IResolverContext context, [Service] RecipientSubscriptions subscriptions) =>
        Result(await subscriptions.UnsubscribeAsync(input.Token, context.RequestAborted));

    /// <summary>Starts the emails again. No sign-in needed.</summary>
    public async Task<SubscriptionPayload> Resubscribe(SubscriptionTokenInput input, IResolverContext context, [Service] RecipientSubscriptions subscriptions) =>
        Result(await subscriptions.ResubscribeAsync(input.Token, context.RequestAborted));

    private static SubscriptionPayload Result(RecipientSubscription? subscription) => subscription is null
        ? new SubscriptionPayload(null, [new InputError(["token"], InputErrorCodes.NotFound, "token is not a valid unsubscribe token; use the link from a ReportGraph email.")])
        : new SubscriptionPayload(subscription);
}
