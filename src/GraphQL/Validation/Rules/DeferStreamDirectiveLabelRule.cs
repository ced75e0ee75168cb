using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// graphql-js 17 DeferStreamDirectiveLabelRule: a @defer or @stream label is a static string, unique across the
/// document (clients tell the parts apart by it).
/// </summary>
public sealed class DeferStreamDirectiveLabelRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly DeferStreamDirectiveLabelRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, DirectiveNode> _labels = new(StringComparer.Ordinal);
        private readonly bool _enabled = IncrementalDirectives.IsEnabled(context.Schema);

        public override void EnterDirective(DirectiveNode node)
        {
            if (!_enabled || node.Name.Value is not ("defer" or "stream")) return;
            var label = node.Arguments.FirstOrDefault(a => a.Name.Value == "label")?.Value;
            if (label is null or NullValueNode) return;
            if (label is not StringValueNode text)
            {
                Context.ReportError(new ValidationError($"Argument \"@{node.Name.Value}(label:)\" must be a static string.", node));
                return;
            }
            if (_labels.TryGetValue(text.Value, out var known))
                Context.ReportError(new ValidationError("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", known, node));
            else
                _labels[text.Value] = node;
        }
    }
}
