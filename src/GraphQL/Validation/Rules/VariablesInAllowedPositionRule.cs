using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// Spec §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in (a nullable
/// variable may fill a non-null position only when the variable or the position has a default), and variables
/// filling a field of a OneOf input object are non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    /// <summary>The shared instance (the rule is stateless).</summary>
    public static readonly VariablesInAllowedPositionRule Instance = new();

    /// <inheritdoc/>
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override void EnterOperationDefinition(OperationDefinitionNode node) => _definitions.Clear();

        public override void EnterVariableDefinition(VariableDefinitionNode node) => _definitions[node.Variable.Name.Value] = node;

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            var schema = Context.Schema;
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType) continue;
                var variableType = TypeInfo.FromAst(schema, definition.Type);
                if (variableType is null) continue;
                if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
                {
                    Context.ReportError(new ValidationError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node));
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    Context.ReportError(new ValidationError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node));
                }
            }
        }

        private static bool IsAllowed(Schema schema, IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, ValueNode? locationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                bool hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                bool hasLocationDefault = locationDefault is not null;
                if (!hasNonNullVariableDefault && !hasLocationDefault) return false;
                return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
            }
            return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
        }
    }
}
