using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.5.2.1 Fragment spread target defined: every spread names a fragment of the document.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly KnownFragmentNamesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (Context.GetFragment(node.Name.Value) is null)
                Context.ReportError(new ValidationError($"Unknown fragment \"{node.Name.Value}\".", node.Name));
        }
    }
}
