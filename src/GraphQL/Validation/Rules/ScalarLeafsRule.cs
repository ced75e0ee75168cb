using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.3.3 Leaf Field Selections: scalars and enums have no selection set; other types need one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly ScalarLeafsRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void EnterField(FieldNode node)
        {
            if (Context.Type is not { } type) return;
            var name = node.Name.Value;
            if (type.NamedType().IsLeafType())
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    Context.ReportError(new ValidationError(
                        $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet));
                }
            }
            else if (node.SelectionSet is null)
            {
                Context.ReportError(new ValidationError(
                    $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node));
            }
            else if (node.SelectionSet.Selections.Count == 0)
            {
                Context.ReportError(new ValidationError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", node));
            }
        }
    }
}
