using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>Input of endSession.</summary>
public sealed record EndSessionInput
{
    /// <summary>The session's global id (Session.id, e.g. from the `sessions` of `me`).</summary>
    [ID] public required string Id { get; init; }
}

/// <summary>Input of endUserSessions.</summary>
public sealed record EndUserSessionsInput
{
    /// <summary>The user's global id.</summary>
    [ID] public required string UserId { get; init; }
}

/// <summary>The result of ending sessions.</summary>
public sealed class EndSessionsPayload(int endedCount) : Payload(null)
{
    /// <summary>How many sessions ended.</summary>
    public int EndedCount { get; } = endedCount;
}

/// <summary>Ending browser sessions: one's own, or (admins) a user's.</summary>
[ExtendObjectType("Mutation")]
public sealed class SessionMutations
{
    /// <summary>Ends every other session of yours (other browsers and devices); this one stays signed in.</summary>
    public async Task<EndSessionsPayload> SignOutEverywhere(IResolverContext context, [Service] SessionStore sessions)
    {
        var caller = context.RequireCaller();
        var current = await sessions.IdOfAsync(SessionStore.SecretOf(context.Http().User), context.RequestAborted);
        return new EndSessionsPayload(await sessions.EndAllAsync(caller.UserId, current, context.RequestAborted));
    }

    /// <summary>Ends one session of yours.</summary>
    /// <param name="input">The session to end.</param>
    public async Task<EndSessionsPayload> EndSession(EndSessionInput input, IResolverContext context, [Service] SessionStore sessions)
    {
        var caller = context.RequireCaller();
        var id = GlobalId.Require(input.Id, "Session", "input.id");
        return await sessions.EndAsync(caller.UserId, id, context.RequestAborted)
            ? new EndSessionsPayload(1)
            : throw new GraphQLException($"You have no session '{input.Id}' (it may have ended already).", ApiErrorCodes.NotFound);
    }

    /// <summary>Ends every session of a user (admins): they must sign in again. Their API keys are not affected.</summary>
    /// <param name="input">The user whose sessions end.</param>
    public async Task<EndSessionsPayload> EndUserSessions(EndUserSessionsInput input, IResolverContext context, [Service] SessionStore sessions)
    {
        context.RequireAdmin("end another user's sessions");
        var userId = GlobalId.Require(input.UserId, "User", "input.userId");
        return new EndSessionsPayload(await sessions.EndAllAsync(userId, null, context.RequestAborted));
    }
}
