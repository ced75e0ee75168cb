using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.5.2.3 Fragment spread is possible: the fragment's type and the parent type can describe the same object.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly PossibleFragmentSpreadsRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (Context.Type is ICompositeType fragType && Context.ParentType is { } parentType
                && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
            {
                Context.ReportError(new ValidationError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".", node));
            }
        }

        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            var name = node.Name.Value;
            if (Context.GetFragment(name) is { } fragment
                && Context.Schema.GetType(fragment.TypeCondition.Name.Value) is ICompositeType fragType
                && Context.ParentType is { } parentType
                && !TypeComparators.DoTypesOverlap(Context.Schema, fragType, parentType))
            {
                Context.ReportError(new ValidationError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".", node));
            }
        }
    }
}
