using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.Host.Security;

/// <summary>
/// Refuses a request that selects more than one of the fields that check secrets, before any runs: otherwise one
/// request with 100 aliased <c>signIn</c> fields would try 100 passwords under one rate-limit count.
/// </summary>
internal sealed class OneSensitiveFieldRule : IRequestRule
{
    /// <summary>The fields; each also has its own rate limit.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal) { "signIn", "requestPasswordReset", "resetPassword" };

    public IEnumerable<GraphQLError> Check(RequestContext context)
    {
        if (context.Operation.Operation != OperationType.Mutation)
        {
            return [];
        }

        var count = Count(context.Operation.SelectionSet, context, new HashSet<string>(StringComparer.Ordinal));
        return count <= 1
            ? []
            : [new GraphQLError($"The request selects {count} of signIn, requestPasswordReset and resetPassword; send one per request. Nothing was run.",
                GraphQLError.LocationsOf(context.Operation), extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded })];
    }

    // Only root fields matter (these are mutation fields); fragments on the root are followed once each.
    private static int Count(SelectionSetNode set, RequestContext context, HashSet<string> seen) => set.Selections.Sum(selection => selection switch
    {
        FieldNode field => Fields.Contains(field.Name.Value) ? 1 : 0,
        InlineFragmentNode inline => Count(inline.SelectionSet, context, seen),
        FragmentSpreadNode spread when seen.Add(spread.Name.Value) && context.Fragments.TryGetValue(spread.Name.Value, out var fragment) =>
            Count(fragment.SelectionSet, context, seen),
        _ => 0,
    });
}
