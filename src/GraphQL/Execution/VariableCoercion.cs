using ReportGraph.GraphQL.Analysis;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>Spec §6.4.1 CoerceVariableValues with graphql-js messages.</summary>
public static class VariableCoercion
{
    /// <summary>Coerces the request's variables for an operation; errors are request errors (no execution).</summary>
    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors) Coerce(Schema schema,
        OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs, int maxErrors = 50)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        inputs ??= new Dictionary<string, object?>();
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= maxErrors) break;
            var name = definition.Variable.Name.Value;
            var type = TypeInfo.FromAst(schema, definition.Type);
            var typeText = Printer.Print(definition.Type);
            var locations = GraphQLError.LocationsOf(definition);
            if (type is null || !type.IsInputType())
            {
                errors.Add(Error($"Variable \"${name}\" expected value of type \"{typeText}\" which cannot be used as an input type.", locations));
                continue;
            }
            if (!inputs.TryGetValue(name, out var raw))
            {
                if (definition.DefaultValue is not null)
                {
                    var defaultValue = InputCoercion.ValueFromLiteral(definition.DefaultValue, type, null);
                    if (!ReferenceEquals(defaultValue, InputCoercion.Invalid)) coerced[name] = defaultValue;
                }
                else if (type is NonNullType)
                {
                    errors.Add(Error($"Variable \"${name}\" of required type \"{typeText}\" was not provided.", locations));
                }

                continue;
            }
            var value = JsonValues.Normalize(raw);
            if (value is null && type is NonNullType)
            {
                errors.Add(Error($"Variable \"${name}\" of non-null type \"{typeText}\" must not be null.", locations));
                continue;
            }
            // Every problem inside one object names that object: printed once, and shortened, so an object with
            // thousands of unknown fields costs one print, not one per error, and the response stays small.
            object? printedValue = null;
            string? printed = null;
            var result = InputCoercion.CoerceInputValue(value, type, (path, invalidValue, message) =>
            {
                if (errors.Count >= maxErrors) return;
                if (printed is null || !ReferenceEquals(printedValue, invalidValue))
                {
                    printedValue = invalidValue;
                    printed = ValueLiterals.Inspect(invalidValue);
                    if (printed.Length > MaxPrintedValue) printed = printed[..MaxPrintedValue] + "…";
                }
                var prefix = $"Variable \"${name}\" got invalid value {printed}";
                if (path.Count > 0) prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
                errors.Add(Error(prefix + "; " + message, locations));
            });
            if (!ReferenceEquals(result, InputCoercion.Invalid)) coerced[name] = result;
        }
        return (coerced, errors);
    }

    private const int MaxPrintedValue = 1000;

    private static GraphQLError Error(string message, IReadOnlyList<SourceLocation>? locations)
        => new(message, locations, null, new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput });
}
