using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or through other fragments, by some operation.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly NoUnusedFragmentsRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void LeaveDocument(DocumentNode node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in Context.GetRecursivelyReferencedFragmentsForOperations(node.Definitions.OfType<OperationDefinitionNode>()))
                used.Add(fragment.Name.Value);

            foreach (var definition in node.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
                    Context.ReportError(new ValidationError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment));
            }
        }
    }
}
