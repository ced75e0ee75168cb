using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly UniqueFragmentNamesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name;
            if (_known.TryGetValue(name.Value, out var first))
                Context.ReportError(new ValidationError($"There can be only one fragment named \"{name.Value}\".", first, name));
            else
                _known[name.Value] = name;
        }
    }
}
