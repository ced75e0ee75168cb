using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.8.2 Variables Are Input Types: variables are scalars, enums, input objects or lists/non-null of them.</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly VariablesAreInputTypesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterVariableDefinition(VariableDefinitionNode node)
        {
            // Unknown types are KnownTypeNamesRule's to report.
            if (Context.Schema.GetType(node.Type.NamedType.Name.Value) is { } type && !type.IsInputType())
            {
                Context.ReportError(new ValidationError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type));
            }
        }
    }
}
