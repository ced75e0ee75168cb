using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.Host.Api;

/// <summary>Who is calling, from inside a resolver.</summary>
public static class ResolverAccess
{
    /// <summary>The signed-in caller, or an UNAUTHENTICATED error.</summary>
    public static Caller RequireCaller(this IResolverContext context) =>
        context.OptionalCaller()
        ?? throw new GraphQLException("Sign in first: use the signIn mutation (browsers) or send Authorization: Bearer <API key> (programs).",
            ApiErrorCodes.Unauthenticated);

    /// <summary>The signed-in caller, or null.</summary>
    public static Caller? OptionalCaller(this IResolverContext context) =>
        context.Services.GetService<IHttpContextAccessor>()?.HttpContext?.User.ToCaller();

    /// <summary>The HTTP context of the request.</summary>
    public static HttpContext Http(this IResolverContext context) =>
        context.Services.GetRequiredService<IHttpContextAccessor>().HttpContext
        ?? throw new InvalidOperationException("No HTTP request is being served.");
}
