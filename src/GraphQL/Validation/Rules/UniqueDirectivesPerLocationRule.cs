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

        // In type-system definitions, graphql-js checks a type's definition and its extensions together, and the
        // schema definition with its extensions.
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public override void EnterTypeSystemNode(SyntaxNode node)
        {
            if (node is not IHasDirectives { Directives.Count: > 0 } withDirectives) return;
            Dictionary<string, DirectiveNode>? seen = null;
            if (node is SchemaDefinitionNode or SchemaExtensionNode)
            {
                seen = _schemaDirectives;
            }
            else if (node is TypeDefinitionNode or TypeExtensionNode)
            {
                var typeName = ((INamedSyntaxNode)node).Name.Value;
                if (!_typeDirectives.TryGetValue(typeName, out seen)) _typeDirectives[typeName] = seen = new(StringComparer.Ordinal);
            }
            Check(withDirectives.Directives, seen);
        }

        private void Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode>? seen = null)
        {
            if (directives.Count < 2 && seen is null) return;
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                // Unknown directives are KnownDirectivesRule's to report; repeatable ones may repeat.
                bool unique = Context.GetDocumentDirective(name) is { } defined ? !defined.Repeatable : Context.Schema.GetDirective(name) is { IsRepeatable: false };
                if (!unique) continue;
                seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                if (seen.TryGetValue(name, out var first))
                    Context.ReportError(new ValidationError($"The directive \"@{name}\" can only be used once at this location.", first, directive));
                else
                    seen[name] = directive;
            }
        }
    }
}
