using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly UniqueDirectivesPerLocationRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives);
        public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);
        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);
        public override void EnterField(FieldNode node) => Check(node.Directives);
        public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);
        public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

        private void Check(IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count < 2) return;
            Dictionary<string, DirectiveNode>? seen = null;
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                // Unknown directives are KnownDirectivesRule's to report; repeatable ones may repeat.
                if (Context.Schema.GetDirective(name) is not { IsRepeatable: false }) continue;
                seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                if (seen.TryGetValue(name, out var first))
                    Context.ReportError(new ValidationError($"The directive \"@{name}\" can only be used once at this location.", first, directive));
                else
                    seen[name] = directive;
            }
        }
    }
}
