using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// Spec §5.6.1 Values of Correct Type (and §5.6.2/§5.6.4 input object fields): literals coerce to the expected
/// input type — scalars and enums by their own literal parsing, input objects with every required field and no
/// unknown ones, lists item by item, <c>null</c> never in a non-null position, and a OneOf input object literal
/// with exactly one non-null field.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly ValuesOfCorrectTypeRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        // A value already reported as a whole; its contents are not checked again (graphql-js returns false).
        private ValueNode? _skipping;

        public override void EnterValue(ValueNode node)
        {
            if (_skipping is not null) return;
            switch (node)
            {
                case ListValueNode:
                    if (Context.ParentInputType?.NullableType() is not ListType)
                    {
                        CheckLeafValue(node);
                        _skipping = node;
                    }
                    break;
                case ObjectValueNode objectValue:
                    if (Context.InputType?.NamedType() is not InputObjectType inputObject)
                    {
                        CheckLeafValue(node);
                        _skipping = node;
                        break;
                    }
                    CheckObject(objectValue, inputObject);
                    break;
                case NullValueNode:
                    if (Context.InputType is NonNullType nonNull)
                        Context.ReportError(new ValidationError($"Expected value of type \"{nonNull}\", found null.", node));
                    break;
                case VariableNode:
                    break;
                default:
                    CheckLeafValue(node);
                    break;
            }
        }

        public override void LeaveValue(ValueNode node)
        {
            if (ReferenceEquals(_skipping, node)) _skipping = null;
        }

        public override void EnterObjectField(ObjectFieldNode node)
        {
            if (_skipping is not null) return;
            if (Context.InputType is null && Context.ParentInputType?.NamedType() is InputObjectType parent)
            {
                var suggestions = Context.Suggest(node.Name.Value, parent.Fields.Select(f => f.Name));
                Context.ReportError(new ValidationError(
                    $"Field \"{node.Name.Value}\" is not defined by type \"{parent.Name}\"." + DidYouMean.Format(suggestions), node));
            }
        }

        private void CheckObject(ObjectValueNode node, InputObjectType type)
        {
            foreach (var field in type.Fields)
            {
                if (field.IsRequired() && Find(node, field.Name) is null)
                {
                    Context.ReportError(new ValidationError(
                        $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", node));
                }
            }
            if (!type.IsOneOf) return;

            // graphql-js counts distinct keys: a repeated key is UniqueInputFieldNamesRule's to report.
            var keys = node.Fields.Select(f => f.Name.Value).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count != 1)
            {
                Context.ReportError(new ValidationError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node));
                return;
            }
            // As graphql-js's keyMap, the last field with the key wins.
            var value = node.Fields.Last(f => f.Name.Value == keys[0]).Value;
            if (value is NullValueNode)
                Context.ReportError(new ValidationError($"Field \"{type.Name}.{keys[0]}\" must be non-null.", node));
        }

        private static ObjectFieldNode? Find(ObjectValueNode node, string name)
        {
            foreach (var field in node.Fields)
                if (field.Name.Value == name) return field;
            return null;
        }

        /// <summary>An enum position takes an enum literal naming one of the values (graphql-js GraphQLEnumType.parseLiteral).</summary>
        private void CheckEnumValue(ValueNode node, EnumType type)
        {
            if (node is EnumValueNode enumValue && type.Values.Contains(enumValue.Value)) return;
            var text = Printer.Print(node);
            var message = node is EnumValueNode
                ? $"Value \"{text}\" does not exist in \"{type.Name}\" enum."
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {text}.";
            var suggestions = Context.Suggest(text, type.Values.Select(v => v.Name));
            Context.ReportError(new ValidationError(message + DidYouMean.Format("the enum value", suggestions), node));
        }

        /// <summary>Checks a literal against a scalar or enum position by parsing it as the type would.</summary>
        private void CheckLeafValue(ValueNode node)
        {
            if (Context.InputType is not { } locationType) return;
            var type = locationType.NamedType();
            try
            {
                switch (type)
                {
                    case ScalarType scalar: scalar.ParseLiteral(node); return;
                    case EnumType enumType: CheckEnumValue(node, enumType); return;
                }
                Context.ReportError(new ValidationError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node));
            }
            catch (GraphQLException error)
            {
                Context.ReportError(new ValidationError(error.Message, node));
            }
            catch (Exception error) when (error is FormatException or OverflowException or ArgumentException or InvalidOperationException)
            {
                // A custom scalar failing with a plain exception: say what was expected, then its reason.
                Context.ReportError(new ValidationError(
                    $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}", node));
            }
        }
    }
}
