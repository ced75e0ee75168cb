using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.4.2 Argument Uniqueness: a field or directive gets each argument once.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly UniqueArgumentNamesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterField(FieldNode node) => Check(node.Arguments);

        public override void EnterDirective(DirectiveNode node) => Check(node.Arguments);

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2) return;
            foreach (var group in NameGroups.Duplicates(arguments, a => a.Name.Value))
            {
                Context.ReportError(new ValidationError(
                    $"There can be only one argument named \"{group.Key}\".",
                    group.Value.Select(a => (SyntaxNode)a.Name).ToArray()));
            }
        }
    }
}
