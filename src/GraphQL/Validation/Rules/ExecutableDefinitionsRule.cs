using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.1.1 Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly ExecutableDefinitionsRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is ExecutableDefinitionNode) continue;
                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    INamedSyntaxNode named => "\"" + named.Name.Value + "\"",
                    _ => "schema",
                };
                Context.ReportError(new ValidationError($"The {name} definition is not executable.", definition));
            }
        }
    }
}
