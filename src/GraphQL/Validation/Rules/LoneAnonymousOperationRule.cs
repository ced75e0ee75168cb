using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly LoneAnonymousOperationRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private int _operationCount;

        public override void EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
                if (definition is OperationDefinitionNode) _operationCount++;
        }

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
                Context.ReportError(new ValidationError("This anonymous operation must be the only defined operation.", node));
        }
    }
}
