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
            if (Context.Directive is not { } directive) return;
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
