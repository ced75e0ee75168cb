using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>
/// Refuses operations whose fields nest deeper than a limit (a hostile query could otherwise expand a cycle of types).
/// Fragments count where they are spread, each measured once. The <c>__schema</c> and <c>__type</c> subtrees do not
/// count (like HotChocolate's skip-introspection option): the standard introspection query is 15 deep, and
/// introspection has its own limit, <see cref="Validation.MaxIntrospectionDepthRule"/>.
/// </summary>
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
        var (operation, fragments) = ReachableDefinitions.Summarise(context.Schema, context.Operation, context.Fragments,
            _ => new DepthSummary(), context.CancellationToken);
        // The real depth, not where counting could have stopped: the message tells the client by how much it is over.
        int depth = ReachableDefinitions.Combine(operation, fragments, (summary, depthOf) => summary.Depth(depthOf), 0);
        if (depth <= _maxDepth) return Array.Empty<GraphQLError>();
        return new[]
        {
            new GraphQLError($"The operation has a depth of {depth}, more than the allowed maximum of {_maxDepth}.",
                GraphQLError.LocationsOf(context.Operation), extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded }),
        };
    }

    /// <summary>One definition's deepest field and the level of each spread in it.</summary>
    private sealed class DepthSummary : DefinitionSummary
    {
        private readonly List<(string Name, int Level)> _spreads = new();
        private int _level;
        private int _deepest;
        private FieldNode? _introspection;

        public override IEnumerable<string> SpreadNames => _spreads.Select(s => s.Name);

        public int Depth(Func<string, int> depthOf)
        {
            int deepest = _deepest;
            foreach (var (name, level) in _spreads) deepest = Math.Max(deepest, level + depthOf(name));
            return deepest;
        }

        public override void EnterField(FieldNode node)
        {
            if (_introspection is not null) return;
            if (IntrospectionFields.IsEntryPoint(node))
            {
                _introspection = node;
                return;
            }
            _level++;
            if (_level > _deepest) _deepest = _level;
        }

        public override void LeaveField(FieldNode node)
        {
            if (_introspection is null) _level--;
            else if (ReferenceEquals(_introspection, node)) _introspection = null;
        }

        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (_introspection is null) _spreads.Add((node.Name.Value, _level));
        }
    }
}
