using System.Text.Json;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Execution;

/// <summary>An object's fields as written to the response: keys, pure resolvers (null for <c>__typename</c>) and value shapes.</summary>
internal sealed class JsonObjectShape(ObjectType type, JsonEncodedText[] keys, FieldDefinition?[] fields, JsonValueShape?[] values, JsonLeafWriter?[] leaves)
{
    /// <summary>Cached on a collection whose fields do not all have shapes.</summary>
    internal static readonly object None = new();

    public ObjectType Type { get; } = type;

    public JsonEncodedText[] Keys { get; } = keys;

    /// <summary>The field of each key; null for <c>__typename</c>.</summary>
    public FieldDefinition?[] Fields { get; } = fields;

    /// <summary>The value shape of each key; null for <c>__typename</c>.</summary>
    public JsonValueShape?[] Values { get; } = values;

    /// <summary>The typed writer of each key whose value is written without a box; null for the others.</summary>
    public JsonLeafWriter?[] Leaves { get; } = leaves;

    /// <summary>The shape of <paramref name="type"/>'s objects with these fields, or null when a field needs the general executor.</summary>
    public static JsonObjectShape? For(ObjectType type, CollectedFields fields, OperationRun run)
    {
        if (fields.ObjectShape is not { } known)
        {
            known = Build(type, fields, run) ?? None;
            fields.ObjectShape = known;
        }
        return known as JsonObjectShape;
    }

    private static JsonObjectShape? Build(ObjectType type, CollectedFields fields, OperationRun run)
    {
        var definitions = new FieldDefinition?[fields.Count];
        var values = new JsonValueShape?[fields.Count];
        var leaves = new JsonLeafWriter?[fields.Count];
        for (int i = 0; i < fields.Count; i++)
        {
            var definition = fields.Definitions[i];
            if (ReferenceEquals(definition, Introspection.IntrospectionFields.TypeName)) continue;
            // Only pure resolvers (synchronous, side-effect free, no middleware): calling one again when a fragment is
            // abandoned changes nothing, and there is nothing to await.
            if (!definition.HasPureResolver || JsonValueShape.For(definition.Type, fields.Nodes[i], run) is not { } value) return null;
            definitions[i] = definition;
            values[i] = value;
            leaves[i] = JsonLeafWriter.For(definition, value);
        }
        return new JsonObjectShape(type, fields.EncodedKeys, definitions, values, leaves);
    }
}
