using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.8.3 All Variable Uses Defined: every variable used by an operation (also inside its fragments) is declared by it.</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly NoUndefinedVariablesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override void EnterOperationDefinition(OperationDefinitionNode node) => _defined.Clear();

        public override void EnterVariableDefinition(VariableDefinitionNode node) => _defined.Add(node.Variable.Name.Value);

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (_defined.Contains(name)) continue;
                var message = operation.Name is { } opName
                    ? $"Variable \"${name}\" is not defined by operation \"{opName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                Context.ReportError(new ValidationError(message, usage.Node, operation));
            }
        }
    }
}
