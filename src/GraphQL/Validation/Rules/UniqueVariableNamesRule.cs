using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.8.1 Variable Uniqueness: an operation declares each variable once.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly UniqueVariableNamesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            var definitions = node.VariableDefinitions;
            if (definitions.Count < 2) return;
            foreach (var group in NameGroups.Duplicates(definitions, d => d.Variable.Name.Value))
            {
                Context.ReportError(new ValidationError(
                    $"There can be only one variable named \"${group.Key}\".",
                    group.Value.Select(d => (SyntaxNode)d.Variable.Name).ToArray()));
            }
        }
    }
}
