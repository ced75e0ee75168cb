using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.4.2.1 Required Arguments: non-null arguments without a default are given.</summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly ProvidedRequiredArgumentsRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void LeaveField(FieldNode node)
        {
            if (Context.FieldDefinition is not { } field) return;
            foreach (var argument in field.Arguments)
            {
                if (!argument.IsRequired() || IsProvided(node.Arguments, argument.Name)) continue;
                Context.ReportError(new ValidationError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node));
            }
        }

        public override void LeaveDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (Context.GetDocumentDirective(name) is { } defined)
            {
                // Required: non-null without a default (graphql-js prints the type as written).
                foreach (var argument in defined.Arguments)
                {
                    if (argument.Type is not NonNullTypeNode || argument.DefaultValue is not null || IsProvided(node.Arguments, argument.Name.Value)) continue;
                    Context.ReportError(new ValidationError(
                        $"Directive \"@{name}\" argument \"{argument.Name.Value}\" of type \"{Printer.Print(argument.Type)}\" is required, but it was not provided.", node));
                }
                return;
            }
            if (Context.Schema.GetDirective(name) is not { } directive) return;
            foreach (var argument in directive.Arguments)
            {
                if (!argument.IsRequired() || IsProvided(node.Arguments, argument.Name)) continue;
                Context.ReportError(new ValidationError(
                    $"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", node));
            }
        }

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
                if (argument.Name.Value == name) return true;
            return false;
        }
    }
}
