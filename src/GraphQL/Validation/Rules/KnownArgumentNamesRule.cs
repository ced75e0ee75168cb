using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.4.1 Argument Names: every argument is defined by the field or directive it is given to.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly KnownArgumentNamesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private bool _inDirective;

        public override void LeaveDirective(DirectiveNode node) => _inDirective = false;

        public override void EnterDirective(DirectiveNode node)
        {
            _inDirective = true;
            var name = node.Name.Value;
            IReadOnlyList<string> known;
            if (Context.GetDocumentDirective(name) is { } defined) known = defined.Arguments.Select(a => a.Name.Value).ToList();
            else if (Context.Schema.GetDirective(name) is { } directive) known = directive.Arguments.Select(a => a.Name).ToList();
            else return;
            foreach (var argument in node.Arguments)
            {
                var argumentName = argument.Name.Value;
                if (known.Contains(argumentName)) continue;
                var suggestions = Context.Suggest(argumentName, known);
                Context.ReportError(new ValidationError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{name}\"." + DidYouMean.Format(suggestions), argument));
            }
        }

        public override void EnterArgument(ArgumentNode node)
        {
            // Directive arguments are checked above, all at once when the directive is entered.
            if (_inDirective || Context.Argument is not null) return;
            if (Context.FieldDefinition is not { } field || Context.ParentType is not { } parentType) return;
            var name = node.Name.Value;
            var suggestions = Context.Suggest(name, field.Arguments.Select(a => a.Name));
            Context.ReportError(new ValidationError(
                $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + DidYouMean.Format(suggestions), node));
        }
    }
}
