using System.Buffers;
using System.Collections;
using System.Text.Json;
using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Execution;

/// <summary>Writes results as JSON with <see cref="Utf8JsonWriter"/>: <c>errors</c> first (as graphql-js), then <c>data</c>, then <c>extensions</c>.</summary>
public static class ExecutionResultWriter
{
    private static readonly JsonWriterOptions Compact = new() { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Indented = true, SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The options of compact responses, for writers whose output becomes part of one (<see cref="JsonFragmentWriter"/>).</summary>
    internal static JsonWriterOptions CompactOptions => Compact;

    /// <summary>Serialises to a string.</summary>
    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact)) Write(writer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A value as compact JSON bytes, as <see cref="Write(IBufferWriter{byte}, ExecutionResult)"/> would write it.</summary>
    internal static byte[] ToUtf8(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Compact)) WriteValue(writer, value);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes to a buffer (e.g. a response body pipe).</summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, Compact);
        Write(writer, result);
    }

    /// <summary>Writes the result object.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in errors) WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        if (result.IsIncremental)
        {
            WritePending(writer, result.Pending);
            writer.WriteBoolean("hasNext", true);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes a subsequent payload to a buffer (e.g. a response body pipe).</summary>
    public static void Write(IBufferWriter<byte> output, SubsequentResult result)
    {
        using var writer = new Utf8JsonWriter(output, Compact);
        Write(writer, result);
    }

    /// <summary>Serialises a subsequent payload to a string.</summary>
    public static string ToJson(SubsequentResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Compact)) Write(writer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a subsequent payload: <c>pending</c>, <c>incremental</c>, <c>completed</c>, <c>hasNext</c>.</summary>
    public static void Write(Utf8JsonWriter writer, SubsequentResult result)
    {
        writer.WriteStartObject();
        WritePending(writer, result.Pending);
        if (result.Incremental is { Count: > 0 } incremental)
        {
            writer.WriteStartArray("incremental");
            foreach (var entry in incremental)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.Id);
                if (entry.Items is not null)
                {
                    writer.WritePropertyName("items");
                    WriteValue(writer, entry.Items);
                }
                else
                {
                    writer.WritePropertyName("data");
                    WriteValue(writer, entry.Data);
                }
                if (entry.SubPath is { Count: > 0 } subPath)
                {
                    writer.WritePropertyName("subPath");
                    WritePath(writer, subPath);
                }
                WriteErrors(writer, entry.Errors);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (result.Completed is { Count: > 0 } completed)
        {
            writer.WriteStartArray("completed");
            foreach (var entry in completed)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.Id);
                WriteErrors(writer, entry.Errors);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteBoolean("hasNext", result.HasNext);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WritePending(Utf8JsonWriter writer, IReadOnlyList<PendingResult>? pending)
    {
        if (pending is not { Count: > 0 }) return;
        writer.WriteStartArray("pending");
        foreach (var entry in pending)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entry.Id);
            writer.WritePropertyName("path");
            WritePath(writer, entry.Path);
            if (entry.Label is not null) writer.WriteString("label", entry.Label);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError>? errors)
    {
        if (errors is not { Count: > 0 }) return;
        writer.WriteStartArray("errors");
        foreach (var error in errors) WriteError(writer, error);
        writer.WriteEndArray();
    }

    private static void WritePath(Utf8JsonWriter writer, IReadOnlyList<object> path)
    {
        writer.WriteStartArray();
        foreach (var segment in path)
        {
            if (segment is int i) writer.WriteNumberValue(i);
            else writer.WriteStringValue(segment.ToString());
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes one error object.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var l in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", l.Line);
                writer.WriteNumber("column", l.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int i) writer.WriteNumberValue(i);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: maps, lists, strings, numbers, booleans, JSON elements.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case float f: writer.WriteNumberValue(f); break;
            case short or byte or sbyte or ushort or uint: writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case ulong ul: writer.WriteNumberValue(ul); break;
            case ResultMap { Utf8Json: { } json } when !writer.Options.Indented:
                writer.WriteRawValue(json, skipInputValidation: true);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                var encoded = map.EncodedKeys;
                for (int k = 0; k < map.Count; k++)
                {
                    if (encoded is not null) writer.WritePropertyName(encoded[k]);
                    else writer.WritePropertyName(map.KeyAt(k));
                    WriteValue(writer, map.ValueAt(k));
                }
                writer.WriteEndObject();
                break;
            case JsonFragment fragment when !writer.Options.Indented:
                writer.WriteRawValue(fragment.Utf8Json.Span, skipInputValidation: true);
                break;
            case JsonFragment fragment:
                using (var document = JsonDocument.Parse(fragment.Utf8Json)) document.WriteTo(writer);
                break;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            case JsonElement e: e.WriteTo(writer); break;
            case IReadOnlyDictionary<string, object?> dict:
                writer.WriteStartObject();
                foreach (var kv in dict) { writer.WritePropertyName(kv.Key); WriteValue(writer, kv.Value); }
                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> dict2:
                writer.WriteStartObject();
                foreach (var kv in dict2) { writer.WritePropertyName(kv.Key); WriteValue(writer, kv.Value); }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
