using System.Text.Json;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>An object's fields as written to the response: keys, pure resolvers (null for <c>__typename</c>) and value shapes.</summary>
internal sealed class JsonObjectShape
{
    /// <summary>Cached on a collection whose fields do not all have shapes.</summary>
    internal static readonly object None = new();

    private JsonObjectShape(ObjectType type, JsonEncodedText[] keys, FieldDefinition?[] fields, JsonValueShape?[] values, JsonLeafWriter?[] leaves)
    {
        Type = type;
        Keys = keys;
        Fields = fields;
        Values = values;
        Leaves = leaves;
    }

    public ObjectType Type { get; }

    public JsonEncodedText[] Keys { get; }

    /// <summary>The field of each key; null for <c>__typename</c>.</summary>
    public FieldDefinition?[] Fields { get; }

    /// <summary>The value shape of each key; null for <c>__typename</c>.</summary>
    public JsonValueShape?[] Values { get; }

    /// <summary>The typed writer of each key whose value is written without a box; null for the others.</summary>
    public JsonLeafWriter?[] Leaves { get; }

    /// <summary>The shape of <paramref name="type"/>'s objects with these fields, or null when a field needs the general executor.</summary>
    public static JsonObjectShape? For(ObjectType type, CollectedFields fields, OperationRun run)
    {
        if (fields.ObjectShape is { } known) return known as JsonObjectShape;
        var definitions = new FieldDefinition?[fields.Count];
        var values = new JsonValueShape?[fields.Count];
        var leaves = new JsonLeafWriter?[fields.Count];
        object result = None;
        bool writable = true;
        for (int i = 0; i < fields.Count && writable; i++)
        {
            var definition = fields.Definitions[i];
            if (ReferenceEquals(definition, Introspection.IntrospectionFields.TypeName)) continue;
            // Only pure resolvers (synchronous, side-effect free, no middleware): calling one again when a fragment is
            // abandoned changes nothing, and there is nothing to await.
            if (!definition.HasPureResolver || JsonValueShape.For(definition.Type, fields.Nodes[i], run) is not { } value)
            {
                writable = false;
                break;
            }
            definitions[i] = definition;
            values[i] = value;
            leaves[i] = JsonLeafWriter.For(definition, value);
        }
        if (writable) result = new JsonObjectShape(type, fields.EncodedKeys, definitions, values, leaves);
        fields.ObjectShape = result;
        return result as JsonObjectShape;
    }
}
