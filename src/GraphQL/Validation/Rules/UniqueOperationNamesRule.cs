using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.2.1.1 Operation Name Uniqueness: no two operations share a name.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly UniqueOperationNamesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is not { } name) return;
            if (_known.TryGetValue(name.Value, out var first))
                Context.ReportError(new ValidationError($"There can be only one operation named \"{name.Value}\".", first, name));
            else
                _known[name.Value] = name;
        }
    }
}
