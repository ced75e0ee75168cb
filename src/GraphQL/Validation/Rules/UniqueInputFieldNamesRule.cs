using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Validation;

/// <summary>Spec §5.6.3 Input Object Field Uniqueness: an object literal names each field once.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly UniqueInputFieldNamesRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        // One name table per object literal being visited; nested literals push their own.
        private readonly Stack<Dictionary<string, NameNode>> _known = new();

        public override void EnterValue(ValueNode node)
        {
            if (node is ObjectValueNode) _known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
        }

        public override void LeaveValue(ValueNode node)
        {
            if (node is ObjectValueNode) _known.Pop();
        }

        public override void EnterObjectField(ObjectFieldNode node)
        {
            var known = _known.Peek();
            if (known.TryGetValue(node.Name.Value, out var first))
                Context.ReportError(new ValidationError($"There can be only one input field named \"{node.Name.Value}\".", first, node.Name));
            else
                known[node.Name.Value] = node.Name;
        }
    }
}
