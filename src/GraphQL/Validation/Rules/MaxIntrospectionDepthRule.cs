using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// graphql-js's recommended rule (part of its <c>specifiedRules</c> since 16.9): an introspection query may nest the
/// list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> less than three deep,
/// so a small document cannot ask for an exponentially large introspection result.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly MaxIntrospectionDepthRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        // Shared across checks: the deepest entry depth at which a fragment's check passed, and the shallowest at which it failed.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);
        private FieldNode? _skipping;

        public override void EnterField(FieldNode node)
        {
            if (_skipping is not null) return;
            if (node.Name.Value is not ("__schema" or "__type")) return;
            if (!ExceedsDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0)) return;
            Context.ReportError(new ValidationError("Maximum introspection depth exceeded", node));
            _skipping = node;
        }

        public override void LeaveField(FieldNode node)
        {
            if (ReferenceEquals(_skipping, node)) _skipping = null;
        }

        private bool ExceedsDepth(SelectionNode node, Dictionary<string, int> visited, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth) return true;
                if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                    || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
                {
                    return false;
                }

                if (Context.GetFragment(name) is not { } fragment) return false;
                visited[name] = depth;
                if (SelectionsExceed(fragment.SelectionSet, visited, depth))
                {
                    _exceeded[name] = depth;
                    return true;
                }
                _checked[name] = depth;
                return false;
            }
            if (node is FieldNode field)
            {
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                {
                    depth++;
                    if (depth >= MaxListsDepth) return true;
                }
                return field.SelectionSet is { } selectionSet && SelectionsExceed(selectionSet, visited, depth);
            }
            return node is InlineFragmentNode inline && SelectionsExceed(inline.SelectionSet, visited, depth);
        }

        private bool SelectionsExceed(SelectionSetNode selectionSet, Dictionary<string, int> visited, int depth)
        {
            foreach (var child in selectionSet.Selections)
                if (ExceedsDepth(child, visited, depth)) return true;
            return false;
        }
    }
}
