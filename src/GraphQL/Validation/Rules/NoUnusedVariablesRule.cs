using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.8.4 All Variables Used: every declared variable is used by the operation or its fragments.</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly NoUnusedVariablesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            if (operation.VariableDefinitions.Count == 0) return;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in Context.GetRecursiveVariableUsages(operation)) used.Add(usage.Node.Name.Value);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name)) continue;
                var message = operation.Name is { } opName
                    ? $"Variable \"${name}\" is never used in operation \"{opName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                Context.ReportError(new ValidationError(message, definition));
            }
        }
    }
}
