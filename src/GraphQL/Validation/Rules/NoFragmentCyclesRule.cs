using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// Spec §5.5.2.2 Fragment spreads must not form cycles. A depth-first search from each fragment reports each
/// cycle once, naming the path ("via ...") the way graphql-js does.
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly NoFragmentCyclesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = new();
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => DetectCycles(node);

        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName)) return;

            var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0) return;

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out int cycleIndex))
                {
                    if (Context.GetFragment(spreadName) is { } target) DetectCycles(target);
                }
                else
                {
                    var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                    var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                    var message = $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : ".");
                    Context.ReportError(new ValidationError(message, cyclePath.ToArray()));
                }
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
