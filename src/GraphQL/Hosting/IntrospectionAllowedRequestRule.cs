using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> when the request's <see cref="RequestContext.ContextData"/> says introspection
/// is not allowed (the HTTP layer evaluates <see cref="GraphQLServerOptions.IntrospectionAllowed"/> per request).
/// <c>__typename</c> stays allowed: clients need it to tell types apart.
/// </summary>
public sealed class IntrospectionAllowedRequestRule : IRequestRule
{
    /// <summary>The <see cref="GraphQLRequest.ContextData"/> key holding a bool: false refuses introspection.</summary>
    public const string ContextDataKey = "ReportGraph.GraphQL.IntrospectionAllowed";

    /// <summary>The error code of a refusal.</summary>
    public const string ErrorCode = "INTROSPECTION_NOT_ALLOWED";

    /// <inheritdoc/>
    public IEnumerable<GraphQLError> Check(RequestContext context)
    {
        if (!context.ContextData.TryGetValue(ContextDataKey, out var allowed) || allowed is not false) yield break;
        foreach (var (field, _) in OperationWalker.Fields(context.Operation.SelectionSet, context))
        {
            if (field.Name.Value is "__schema" or "__type")
            {
                yield return new GraphQLError("Introspection is not allowed for the current request.",
                    GraphQLError.LocationsOf(field), extensions: new Dictionary<string, object?> { ["code"] = ErrorCode, ["field"] = field.Name.Value });
            }
        }
    }
}
