using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>The admin check of the account fields.</summary>
internal static class AdminAccess
{
    /// <summary>The caller when an admin; otherwise UNAUTHENTICATED or FORBIDDEN naming what needs an admin.</summary>
    public static Caller RequireAdmin(this IResolverContext context, string what)
    {
        var caller = context.RequireCaller();
        return caller.IsAdmin ? caller : throw new GraphQLException($"Only admins may {what}.", ApiErrorCodes.Forbidden);
    }
}
