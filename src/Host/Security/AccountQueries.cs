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
}

/// <summary>A user's API keys.</summary>
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
}
