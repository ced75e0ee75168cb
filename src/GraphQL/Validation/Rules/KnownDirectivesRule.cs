using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly KnownDirectivesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            IReadOnlyList<DirectiveLocation>? locations = null;
            if (Context.GetDocumentDirective(name) is { } defined)
                locations = defined.Locations.Select(l => Enum.TryParse<DirectiveLocation>(l.Value, out var parsed) ? parsed : (DirectiveLocation)(-1)).ToList();
            else if (Context.Schema.GetDirective(name) is { } definition)
                locations = definition.Locations;
            if (locations is null)
            {
                Context.ReportError(new ValidationError($"Unknown directive \"@{name}\".", node));
                return;
            }
            if (Context.DirectiveLocation is { } location && !locations.Contains(location))
                Context.ReportError(new ValidationError($"Directive \"@{name}\" may not be used on {location}.", node));
        }
    }
}
