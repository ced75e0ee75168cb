using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// graphql-js 17 DeferStreamDirectiveOnValidOperationsRule: a subscription may use @defer or @stream only with an
/// <c>if</c> that can be false (a variable or false), since each event is one result.
/// </summary>
public sealed class DeferStreamDirectiveOnValidOperationsRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly DeferStreamDirectiveOnValidOperationsRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || !IncrementalDirectives.IsEnabled(Context.Schema)) return;
            var visited = new HashSet<string>(StringComparer.Ordinal);
            if (Forbid(node.SelectionSet, new List<SyntaxNode>(), visited)) _checkedFragments.UnionWith(visited);
        }

        private bool Forbid(SelectionSetNode selectionSet, List<SyntaxNode> parents, HashSet<string> visited)
        {
            bool valid = true;
            foreach (var selection in selectionSet.Selections)
            {
                if (selection.Directives.FirstOrDefault(d => d.Name.Value == "skip") is { } skip && CanBeSkippedViaSkip(skip)) continue;
                if (selection.Directives.FirstOrDefault(d => d.Name.Value == "include") is { } include && CanBeSkippedViaInclude(include)) continue;
                foreach (var directive in selection.Directives)
                {
                    var name = directive.Name.Value;
                    if (name is not ("defer" or "stream") || IfCanBeFalse(directive)) continue;
                    valid = false;
                    var which = name == "defer" ? "Defer" : "Stream";
                    var nodes = new List<SyntaxNode?> { directive };
                    nodes.AddRange(Enumerable.Reverse(parents));
                    Context.ReportError(new ValidationError(
                        $"{which} directive not supported on subscription operations. Disable `@{name}` by setting the `if` argument to `false`.", nodes.ToArray()));
                }
                if (selection is FragmentSpreadNode spread)
                {
                    var fragmentName = spread.Name.Value;
                    if (visited.Contains(fragmentName) || _checkedFragments.Contains(fragmentName)) continue;
                    visited.Add(fragmentName);
                    if (Context.GetFragment(fragmentName) is not { } fragment) continue;
                    parents.Add(spread);
                    valid = Forbid(fragment.SelectionSet, parents, visited) && valid;
                    parents.RemoveAt(parents.Count - 1);
                }
                else if (selection switch { FieldNode f => f.SelectionSet, InlineFragmentNode i => i.SelectionSet, _ => null } is { } inner)
                {
                    valid = Forbid(inner, parents, visited) && valid;
                }
            }
            return valid;
        }

        private static ValueNode? If(DirectiveNode directive) => directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;

        private static bool IfCanBeFalse(DirectiveNode directive) => If(directive) switch
        {
            null => false,
            BooleanValueNode b => !b.Value,
            VariableNode => true,
            _ => false,
        };

        private static bool CanBeSkippedViaSkip(DirectiveNode skip) => If(skip) is not BooleanValueNode { Value: false };

        private static bool CanBeSkippedViaInclude(DirectiveNode include) => If(include) switch
        {
            null => false,
            BooleanValueNode b => !b.Value,
            _ => true,
        };
    }
}
