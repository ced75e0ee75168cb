using System.Collections;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Language;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// Input coercion (spec §3.5–3.10 "Input Coercion"): external values (variables) and literals to runtime values,
/// mirroring graphql-js <c>coerceInputValue</c> and <c>valueFromAST</c>.
/// </summary>
public static class InputCoercion
{
    /// <summary>Marks "no valid value" (graphql-js <c>undefined</c>).</summary>
    public static readonly object Invalid = new InvalidMarker();

    private sealed class InvalidMarker
    {
        public override string ToString() => "<invalid>";
    }

    /// <summary>Reports a coercion problem: the path inside the value, the offending value, the message.</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    /// <summary>Coerces an external value (from variables) to the type; reports every problem and returns <see cref="Invalid"/> when there was one.</summary>
    public static object? CoerceInputValue(object? value, IGraphQLType type, ErrorHandler onError)
    {
        var path = new List<object>();
        bool failed = false;
        var result = Coerce(value, type, (p, v, m) => { failed = true; onError(p, v, m); }, path);
        return failed ? Invalid : result;
    }

    private static object? Coerce(object? value, IGraphQLType type, ErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null) return Coerce(value, nonNull.OfType, onError, path);
            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return Invalid;
        }
        if (value is null) return null;
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    int index = 0;
                    bool anyInvalid = false;
                    foreach (var item in items)
                    {
                        path.Add(index);
                        var coercedItem = Coerce(item, list.OfType, onError, path);
                        anyInvalid |= ReferenceEquals(coercedItem, Invalid);
                        result.Add(coercedItem);
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }
                    return anyInvalid ? Invalid : result;
                }
                var single = Coerce(value, list.OfType, onError, path);
                return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path);
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLException ex)
                {
                    onError(path.ToArray(), value, ex.Message);
                    return Invalid;
                }
                catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    onError(path.ToArray(), value, $"Expected type \"{scalar.Name}\". {ex.Message}");
                    return Invalid;
                }
            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLException ex)
                {
                    onError(path.ToArray(), value, ex.Message);
                    return Invalid;
                }
        }
        throw new InvalidOperationException($"Unexpected input type: {type}.");
    }

    private static object? CoerceInputObject(object value, InputObjectType type, ErrorHandler onError, List<object> path)
    {
        IReadOnlyDictionary<string, object?>? map = value switch
        {
            IReadOnlyDictionary<string, object?> r => r,
            IDictionary<string, object?> d => new Dictionary<string, object?>(d),
            _ => null,
        };
        if (map is null)
        {
            onError(path.ToArray(), value, $"Expected type \"{type.Name}\" to be an object.");
            return Invalid;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        bool failed = false;
        void Fail(string message)
        {
            failed = true;
            onError(path.ToArray(), value, message);
        }
        foreach (var field in type.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                    coerced[field.Name] = ValueFromLiteral(field.DefaultValue, field.Type, null);
                else if (field.Type is NonNullType)
                    Fail($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                continue;
            }
            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var key in map.Keys)
        {
            if (!type.Fields.Contains(key))
            {
                var suggestions = Suggestions.List(key, type.Fields.Select(f => f.Name));
                Fail($"Field \"{key}\" is not defined by type \"{type.Name}\".{Suggestions.DidYouMean(suggestions)}");
            }
        }
        if (type.IsOneOf)
        {
            if (map.Count != 1)
            {
                Fail($"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                var only = map.First();
                if (only.Value is null) Fail($"Field \"{only.Key}\" must be non-null.");
            }
        }
        if (failed) return Invalid;
        try
        {
            return CreateRuntimeValue(type, coerced);
        }
        catch (GraphQLException ex)
        {
            onError(path.ToArray(), value, ex.Message);
            return Invalid;
        }
    }

    internal static object CreateRuntimeValue(InputObjectType type, Dictionary<string, object?> coerced)
    {
        foreach (var v in coerced.Values) if (ReferenceEquals(v, Invalid)) return Invalid;
        return type.CreateRuntimeValue is { } factory ? factory(coerced) : coerced;
    }

    /// <summary>
    /// Coerces a literal to the type (graphql-js <c>valueFromAST</c>). Variables are looked up in the coerced
    /// <paramref name="variables"/>; returns <see cref="Invalid"/> when the literal is not valid for the type.
    /// </summary>
    public static object? ValueFromLiteral(ValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return Invalid;
            if (variableValue is null && type is NonNullType) return Invalid;
            return variableValue;
        }
        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode) return Invalid;
            return ValueFromLiteral(node, nonNull.OfType, variables);
        }
        if (node is NullValueNode) return null;
        switch (type)
        {
            case ListType list:
            {
                if (node is ListValueNode listNode)
                {
                    var result = new List<object?>(listNode.Values.Count);
                    foreach (var item in listNode.Values)
                    {
                        if (IsMissingVariable(item, variables))
                        {
                            if (list.OfType is NonNullType) return Invalid;
                            result.Add(null);
                            continue;
                        }
                        var itemValue = ValueFromLiteral(item, list.OfType, variables);
                        if (ReferenceEquals(itemValue, Invalid)) return Invalid;
                        result.Add(itemValue);
                    }
                    return result;
                }
                var single = ValueFromLiteral(node, list.OfType, variables);
                return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };
            }
            case InputObjectType inputObject:
            {
                if (node is not ObjectValueNode objectNode) return Invalid;
                var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
                foreach (var f in objectNode.Fields) fieldNodes[f.Name.Value] = f;
                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.DefaultValue is not null) coerced[field.Name] = ValueFromLiteral(field.DefaultValue, field.Type, null);
                        else if (field.Type is NonNullType) return Invalid;
                        continue;
                    }
                    var fieldValue = ValueFromLiteral(fieldNode.Value, field.Type, variables);
                    if (ReferenceEquals(fieldValue, Invalid)) return Invalid;
                    coerced[field.Name] = fieldValue;
                }
                if (inputObject.IsOneOf)
                {
                    if (objectNode.Fields.Count != 1) return Invalid;
                    if (objectNode.Fields[0].Value is NullValueNode) return Invalid;
                    if (coerced.Count != 1 || coerced.Values.First() is null) return Invalid;
                }
                foreach (var f in objectNode.Fields)
                    if (!inputObject.Fields.Contains(f.Name.Value)) return Invalid;
                return CreateRuntimeValue(inputObject, coerced);
            }
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(node);
                }
                catch (Exception ex) when (ex is GraphQLException or FormatException or OverflowException or InvalidCastException or ArgumentException)
                {
                    return Invalid;
                }
            case EnumType enumType:
                try
                {
                    return enumType.ParseLiteral(node);
                }
                catch (GraphQLException)
                {
                    return Invalid;
                }
        }
        return Invalid;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        => node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>Formats a path inside a value as graphql-js <c>printPathArray</c>: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var p in path)
        {
            if (p is int i) sb.Append('[').Append(i).Append(']');
            else sb.Append('.').Append(p);
        }
        return sb.ToString();
    }
}
