using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.5.1.3 Fragments On Composite Types: type conditions name objects, interfaces or unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly FragmentsOnCompositeTypesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is not { } condition) return;
            if (Context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType())
                Context.ReportError(new ValidationError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition));
        }

        public override void EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var condition = node.TypeCondition;
            if (Context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType())
            {
                Context.ReportError(new ValidationError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{condition.Name.Value}\".", condition));
            }
        }
    }
}
