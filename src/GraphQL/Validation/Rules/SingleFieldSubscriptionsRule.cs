using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// Spec §5.2.3.1 Single root field: a subscription selects exactly one top-level field (after collecting fields
/// through fragments and <c>@skip</c>/<c>@include</c> with literal conditions), and not an introspection field.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly SingleFieldSubscriptionsRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private bool _fragmentsIndexed;

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType) return;

            if (!_fragmentsIndexed)
            {
                // graphql-js charges indexing the document's fragments once.
                Context.SpendFragmentWork(Context.Document.Definitions.Count);
                _fragmentsIndexed = true;
            }
            var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            Collect(subscriptionType, node.SelectionSet, fields, order, new HashSet<string>(StringComparer.Ordinal));

            var name = node.Name?.Value;
            if (order.Count > 1)
            {
                var extra = order.Skip(1).SelectMany(key => fields[key]).Cast<SyntaxNode>().ToArray();
                Context.ReportError(new ValidationError(name is not null
                    ? $"Subscription \"{name}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.", extra));
            }
            foreach (var key in order)
            {
                var fieldNodes = fields[key];
                if (!fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
                Context.ReportError(new ValidationError(name is not null
                    ? $"Subscription \"{name}\" must not select an introspection top level field."
                    : "Anonymous Subscription must not select an introspection top level field.", fieldNodes.ToArray()));
            }
        }

        /// <summary>The spec's CollectFields without variable values (graphql-js collectFields).</summary>
        private void Collect(ObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields,
            List<string> order, HashSet<string> visitedFragments)
        {
            // The same work accounting as graphql-js: selections, their directives, and @skip/@include arguments.
            Context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                Context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                    if (directive.Name.Value is "skip" or "include") Context.SpendFragmentWork(directive.Arguments.Count);
            }
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        var key = field.ResponseKey;
                        if (!fields.TryGetValue(key, out var list))
                        {
                            fields[key] = list = new List<FieldNode>();
                            order.Add(key);
                        }
                        list.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (ConditionMatches(inline.TypeCondition, type)) Collect(type, inline.SelectionSet, fields, order, visitedFragments);
                        break;
                    case FragmentSpreadNode spread:
                        if (!visitedFragments.Add(spread.Name.Value)) break;
                        if (Context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition, type))
                            Collect(type, fragment.SelectionSet, fields, order, visitedFragments);
                        break;
                }
            }
        }

        private bool ConditionMatches(NamedTypeNode? condition, ObjectType type)
        {
            if (condition is null) return true;
            var conditionType = Context.Schema.GetType(condition.Name.Value);
            if (ReferenceEquals(conditionType, type)) return true;
            return conditionType is IAbstractType abstractType && Context.Schema.IsSubType(abstractType, type);
        }

        /// <summary>@skip(if: true) and @include(if: false) exclude; a variable condition counts as included.</summary>
        private static bool ShouldInclude(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var name = directive.Name.Value;
                if (name != "skip" && name != "include") continue;
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value != "if" || argument.Value is not BooleanValueNode condition) continue;
                    if (name == "skip" && condition.Value) return false;
                    if (name == "include" && !condition.Value) return false;
                }
            }
            return true;
        }
    }
}
