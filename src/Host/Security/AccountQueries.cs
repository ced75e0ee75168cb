using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>The caller.</summary>
[ExtendObjectType("Query")]
public sealed class AccountQueries
{
    /// <summary>You, or null when not signed in.</summary>
    public async Task<UserNode?> Me(IResolverContext context)
    {
        var caller = context.OptionalCaller();
        return caller is null ? null : await context.DataLoader<UserByIdLoader>().LoadAsync(caller.UserId);
    }

    /// <summary>Every user, oldest first (admins only). Example: `users(first: 50) { nodes { id email role disabledAt } }`.</summary>
    [UsePaging(DefaultPageSize = 50, MaxPageSize = 100, UniqueKey = nameof(UserNode.Key))]
    public IQueryable<UserNode> Users(IResolverContext context)
    {
        context.RequireAdmin("list users");
        return ApiDb.Open(context).Users.AsNoTracking().Select(UserNode.Projection).OrderBy(u => u.CreatedAt).ThenBy(u => u.Key);
    }
}

/// <summary>A user's API keys and sessions.</summary>
[ExtendObjectType(typeof(UserNode))]
public sealed class UserFields
{
    /// <summary>The user's API keys, including revoked ones (only for the user and admins).</summary>
    public async Task<IReadOnlyList<ApiKeyNode>> ApiKeys([Parent] UserNode user, IResolverContext context)
    {
        var caller = context.RequireCaller();
        if (!caller.MayAccess(user.Key))
        {
            throw new GraphQLException("You may only see your own API keys.", ApiErrorCodes.Forbidden);
        }

        var keys = await ApiDb.Open(context).ApiKeys.AsNoTracking().Where(k => k.UserId == user.Key).OrderBy(k => k.CreatedAt).ToListAsync(context.RequestAborted);
        return keys.Select(ApiKeyNode.From).ToList();
    }

    /// <summary>The user's live browser sessions, most recently used first (only for the user and admins).</summary>
    public async Task<IReadOnlyList<SessionNode>> Sessions([Parent] UserNode user, IResolverContext context, [Service] SessionStore sessions)
    {
        var caller = context.RequireCaller();
        if (!caller.MayAccess(user.Key))
        {
            throw new GraphQLException("You may only see your own sessions.", ApiErrorCodes.Forbidden);
        }

        var current = await sessions.IdOfAsync(SessionStore.SecretOf(context.Http().User), context.RequestAborted);
        return (await sessions.ListAsync(user.Key, context.RequestAborted)).Select(s => SessionNode.From(s, current)).ToList();
    }
}
