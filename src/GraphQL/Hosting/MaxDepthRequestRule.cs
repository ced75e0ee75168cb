using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>Refuses operations whose fields nest deeper than a limit (a hostile query could otherwise expand a cycle of types).</summary>
public sealed class MaxDepthRequestRule : IRequestRule
{
    private readonly int _maxDepth;

    /// <summary>Allows at most <paramref name="maxDepth"/> levels of fields.</summary>
    public MaxDepthRequestRule(int maxDepth)
    {
        if (maxDepth < 1) throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "MaxDepth must be at least 1.");
        _maxDepth = maxDepth;
    }

    /// <inheritdoc/>
    public IEnumerable<GraphQLError> Check(RequestContext context)
    {
        int depth = Depth(context.Operation.SelectionSet, context, 0);
        if (depth <= _maxDepth) return Array.Empty<GraphQLError>();
        return new[]
        {
            new GraphQLError($"The operation has a depth of {depth}, more than the allowed maximum of {_maxDepth}.",
                GraphQLError.LocationsOf(context.Operation), extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded }),
        };
    }

    private int Depth(SelectionSetNode set, RequestContext context, int level)
    {
        int deepest = level;
        foreach (var (field, _) in OperationWalker.Fields(set, context))
        {
            int depth = field.SelectionSet is null ? level + 1 : Depth(field.SelectionSet, context, level + 1);
            if (depth > deepest) deepest = depth;
            // Stop early: anything past the limit is already a refusal.
            if (deepest > _maxDepth) return deepest;
        }
        return deepest;
    }
}
