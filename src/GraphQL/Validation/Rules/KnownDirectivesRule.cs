using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly KnownDirectivesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (Context.Directive is not { } definition)
            {
                Context.ReportError(new ValidationError($"Unknown directive \"@{name}\".", node));
                return;
            }
            if (LocationOf(Context.DirectiveOwner) is { } location && !definition.Locations.Contains(location))
                Context.ReportError(new ValidationError($"Directive \"@{name}\" may not be used on {location}.", node));
        }

        private static DirectiveLocation? LocationOf(SyntaxNode? owner) => owner switch
        {
            OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.QUERY,
            OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.MUTATION,
            OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.SUBSCRIPTION,
            FieldNode => DirectiveLocation.FIELD,
            FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
            InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
            FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
            VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
            _ => null,
        };
    }
}
