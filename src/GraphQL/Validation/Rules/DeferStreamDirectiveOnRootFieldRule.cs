using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// graphql-js 17 DeferStreamDirectiveOnRootFieldRule: no @defer on fragments and no @stream on fields directly at the
/// root of a mutation or subscription (their root fields must run in one result). Only for schemas declaring them.
/// </summary>
public sealed class DeferStreamDirectiveOnRootFieldRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly DeferStreamDirectiveOnRootFieldRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation is not (OperationType.Mutation or OperationType.Subscription) || !IncrementalDirectives.IsEnabled(Context.Schema)) return;
            if (Context.Schema.GetRootType(node.Operation) is not { } rootType) return;
            var visited = new HashSet<string>(StringComparer.Ordinal);
            if (Forbid(Printer.OperationName(node.Operation), rootType, node.SelectionSet, visited)) _checkedFragments.UnionWith(visited);
        }

        private bool Forbid(string operation, ObjectType rootType, SelectionSetNode selectionSet, HashSet<string> visited)
        {
            bool valid = true;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when field.Directives.FirstOrDefault(d => d.Name.Value == "stream") is { } stream:
                        valid = false;
                        Context.ReportError(new ValidationError($"Stream directive cannot be used on root {operation} type \"{rootType.Name}\".", stream));
                        break;
                    case FragmentSpreadNode spread:
                    {
                        var name = spread.Name.Value;
                        if (!visited.Add(name)) continue;
                        if (Context.GetFragment(name) is not { } fragment) continue;
                        if (Defer(spread) is { } defer)
                        {
                            valid = false;
                            Context.ReportError(new ValidationError($"Defer directive cannot be used on root {operation} type \"{rootType.Name}\".", defer));
                        }
                        if (!_checkedFragments.Contains(name)) valid = Forbid(operation, rootType, fragment.SelectionSet, visited) && valid;
                        break;
                    }
                    case InlineFragmentNode inline:
                        if (Defer(inline) is { } inlineDefer)
                        {
                            valid = false;
                            Context.ReportError(new ValidationError($"Defer directive cannot be used on root {operation} type \"{rootType.Name}\".", inlineDefer));
                        }
                        valid = Forbid(operation, rootType, inline.SelectionSet, visited) && valid;
                        break;
                }
            }
            return valid;
        }

        private static DirectiveNode? Defer(IHasDirectives node) => node.Directives.FirstOrDefault(d => d.Name.Value == "defer");
    }
}
