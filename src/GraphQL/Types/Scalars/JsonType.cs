using System.Text.Json;
using ReportGraph.GraphQL.Language;

namespace ReportGraph.GraphQL.Types;

/// <summary>JSON: any JSON value, passed through. Runtime value: <see cref="JsonElement"/>.</summary>
public sealed class JsonType : ScalarType
{
    /// <summary>Creates the JSON scalar.</summary>
    public JsonType() : base("JSON")
    {
        Description = "Any JSON value: object, array, string, number, boolean or null.";
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc8259";
    }

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        JsonElement e => e,
        JsonDocument d => d.RootElement,
        string or bool or int or long or double or decimal or float => value,
        _ => JsonSerializer.SerializeToElement(value, value.GetType(), JsonSerializerOptions.Web),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value)
        => value is JsonElement e ? e : JsonSerializer.SerializeToElement(value, value.GetType(), JsonSerializerOptions.Web);

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        if (ContainsVariable(literal)) throw Error($"JSON cannot represent a value containing variables: {Printer.Print(literal)}");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, literal);
        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode l => l.Values.Any(ContainsVariable),
        ObjectValueNode o => o.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static void Write(Utf8JsonWriter writer, ValueNode node)
    {
        switch (node)
        {
            case NullValueNode: writer.WriteNullValue(); break;
            case BooleanValueNode b: writer.WriteBooleanValue(b.Value); break;
            case StringValueNode s: writer.WriteStringValue(s.Value); break;
            case EnumValueNode e: writer.WriteStringValue(e.Value); break;
            case IntValueNode i: writer.WriteRawValue(i.Value); break;
            case FloatValueNode f: writer.WriteRawValue(f.Value); break;
            case ListValueNode l:
                writer.WriteStartArray();
                foreach (var v in l.Values) Write(writer, v);
                writer.WriteEndArray();
                break;
            case ObjectValueNode o:
                writer.WriteStartObject();
                foreach (var f in o.Fields) { writer.WritePropertyName(f.Name.Value); Write(writer, f.Value); }
                writer.WriteEndObject();
                break;
        }
    }
}
