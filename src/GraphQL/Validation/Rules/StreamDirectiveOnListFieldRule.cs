using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>graphql-js 17 StreamDirectiveOnListFieldRule: @stream only on fields of a list type.</summary>
public sealed class StreamDirectiveOnListFieldRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly StreamDirectiveOnListFieldRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterDirective(DirectiveNode node)
        {
            if (node.Name.Value != "stream" || !IncrementalDirectives.IsEnabled(Context.Schema) || Context.FieldDefinition is not { } field || Context.ParentType is not { } parentType) return;
            if (field.Type is ListType || field.Type is NonNullType { OfType: ListType }) return;
            Context.ReportError(new ValidationError($"Directive \"@stream\" cannot be used on non-list field \"{parentType.Name}.{field.Name}\".", node));
        }
    }
}
