using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Unsubscribe;

/// <summary>Input of unsubscribe.</summary>
public sealed record UnsubscribeInput
{
    /// <summary>The token from the email's unsubscribe link: the part of the link after /unsubscribe/.</summary>
    public required string Token { get; init; }
}

/// <summary>Input of resubscribe.</summary>
public sealed record ResubscribeInput
{
    /// <summary>The token from the email's unsubscribe link (the same one unsubscribe took): the part of the link after /unsubscribe/.</summary>
    public required string Token { get; init; }
}

/// <summary>The result of unsubscribe and resubscribe.</summary>
public sealed class RecipientOptInPayload(RecipientOptIn? optIn, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The schedule's name, to show "You are unsubscribed from …".</summary>
    public string? ScheduleName { get; } = optIn?.ScheduleName;

    /// <summary>
    /// The recipient's address, masked like on the unsubscribe page (e.g. a***@example.com): the token travels in
    /// forwarded emails, and whoever holds it should not learn the full address.
    /// </summary>
    public string? Email { get; } = optIn is null ? null : UnsubscribeEndpoints.MaskedEmail(optIn.Email);

    /// <summary>Whether the address now receives the schedule's emails.</summary>
    public bool? IsSubscribed { get; } = optIn?.IsSubscribed;
}

/// <summary>Unsubscribing by token: works without signing in.</summary>
[ExtendObjectType("Mutation")]
public sealed class UnsubscribeMutations
{
    /// <summary>Stops the emails of one schedule to the token's recipient. No sign-in needed.</summary>
    /// <param name="input">The token from the email's unsubscribe link.</param>
    public async Task<RecipientOptInPayload> Unsubscribe(UnsubscribeInput input, IResolverContext context, [Service] RecipientOptIns optIns) =>
        Result(await optIns.UnsubscribeAsync(input.Token, context.RequestAborted));

    /// <summary>Starts the emails again. No sign-in needed.</summary>
    /// <param name="input">The token from the email's unsubscribe link.</param>
    public async Task<RecipientOptInPayload> Resubscribe(ResubscribeInput input, IResolverContext context, [Service] RecipientOptIns optIns) =>
        Result(await optIns.ResubscribeAsync(input.Token, context.RequestAborted));

    private static RecipientOptInPayload Result(RecipientOptIn? optIn) => optIn is null
        ? new RecipientOptInPayload(null, [new InputError(["token"], InputErrorCodes.NotFound, "token is not a valid unsubscribe token; use the link from a ReportGraph email.")])
        : new RecipientOptInPayload(optIn);
}
