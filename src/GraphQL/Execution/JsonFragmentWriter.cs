using System.Buffers;
using System.Collections;
using System.Text.Json;

namespace ReportGraph.GraphQL.Execution;

/// <summary>
/// Completes a list or object value whose fields all have pure resolvers straight to JSON, instead of building
/// <see cref="ResultMap"/>s and arrays and walking them again in <see cref="ExecutionResultWriter"/>. Used only for
/// queries whose result goes to <see cref="ExecutionResultWriter"/> (<see cref="GraphQLRequest.WritesDataAsJson"/>).
/// </summary>
/// <remarks>
/// Why the fragment is the general executor's result, byte for byte: it makes the same calls in the same order — each
/// pure resolver once, scalars through <see cref="OperationRun.SerializeScalar"/>, enums through their serialiser,
/// then <see cref="ExecutionResultWriter.WriteValue"/> for the serialised leaf, under the same encoded keys and
/// writer options. Everything the general executor would turn into an error or a propagated null — a resolver or
/// serialiser that throws, null for a non-null type, a failing IsTypeOf, a value that is not a list where one is
/// expected — abandons the fragment instead (<see cref="TryWrite"/> returns null), and the general executor
/// completes the value from the start, with its errors and null propagation. Abandoning is safe because pure
/// resolvers are synchronous and free of side effects (their contract on <see cref="Types.FieldDefinition.PureResolver"/>),
/// so running them again changes nothing; nothing here awaits, so there are no async resolvers (and no DataLoader
/// batches) to keep concurrent. Lists are written only when they can be indexed: a lazy sequence is not enumerated
/// twice.
/// </remarks>
internal static class JsonFragmentWriter
{
    /// <summary>Above this, a thread's buffer is dropped after use rather than kept for the next fragment.</summary>
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic] private static ArrayBufferWriter<byte>? _threadBuffer;
    [ThreadStatic] private static Utf8JsonWriter? _threadWriter;

    /// <summary>The value written as JSON into <paramref name="fragments"/>, or null when the general executor must complete it.</summary>
    public static JsonFragment? TryWrite(JsonValueShape shape, object value, JsonFragmentBuffer fragments, CancellationToken cancellationToken)
    {
        // Taken from the thread for the duration of the (synchronous) write, so a nested call would get its own.
        var buffer = _threadBuffer ?? new ArrayBufferWriter<byte>(4096);
        var writer = _threadWriter ?? new Utf8JsonWriter(buffer, ExecutionResultWriter.CompactOptions);
        _threadBuffer = null;
        _threadWriter = null;
        try
        {
            if (!TryWriteValue(writer, shape, value, cancellationToken)) return null;
            writer.Flush();
            return fragments.Append(buffer.WrittenSpan);
        }
        catch (Exception)
        {
            // The general executor runs the same resolver or serialiser again and reports the error its way.
            return null;
        }
        finally
        {
            if (buffer.Capacity <= MaxKeptBuffer)
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                _threadBuffer = buffer;
                _threadWriter = writer;
            }
        }
    }

    private static bool TryWriteValue(Utf8JsonWriter writer, JsonValueShape shape, object? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            if (shape.NonNull) return false;
            writer.WriteNullValue();
            return true;
        }
        if (shape.Scalar is { } scalar)
        {
            WriteScalar(writer, scalar, value);
            return true;
        }
        if (shape.Enum is { } enumType)
        {
            ExecutionResultWriter.WriteValue(writer, enumType.Serialize(value));
            return true;
        }
        if (shape.Item is { } item) return TryWriteList(writer, item, value, cancellationToken);
        return TryWriteObject(writer, shape.Object!, value, cancellationToken);
    }

    /// <summary>A scalar leaf as the general executor serialises it (its exceptions abandon the fragment).</summary>
    internal static void WriteScalar(Utf8JsonWriter writer, Types.ScalarType scalar, object value)
    {
        // Dates are the commonest leaf that is not text already: UTC ones are written without the string.
        if (scalar is Types.DateTimeType && value is DateTimeOffset date && Types.DateTimeType.TryWriteUtc(writer, date)) return;
        ExecutionResultWriter.WriteValue(writer, OperationRun.SerializeScalar(scalar, value));
    }

    private static bool TryWriteList(Utf8JsonWriter writer, JsonValueShape item, object value, CancellationToken cancellationToken)
    {
        // The general executor's order of checks: strings and maps are errors, async sequences are awaited.
        if (value is string || value is IReadOnlyDictionary<string, object?> || value is IAsyncEnumerable<object?>) return false;
        writer.WriteStartArray();
        if (value is IReadOnlyList<object?> list)
        {
            for (int i = 0; i < list.Count; i++)
                if (!TryWriteValue(writer, item, list[i], cancellationToken)) return false;
        }
        else if (value is IList indexed)
        {
            for (int i = 0; i < indexed.Count; i++)
                if (!TryWriteValue(writer, item, indexed[i], cancellationToken)) return false;
        }
        else
        {
            return false;
        }
        writer.WriteEndArray();
        return true;
    }

    private static bool TryWriteObject(Utf8JsonWriter writer, JsonObjectShape shape, object value, CancellationToken cancellationToken)
    {
        // The general executor checks the token before each field; once per object is enough to stop a long list.
        if (cancellationToken.IsCancellationRequested) return false;
        if (shape.Type.IsTypeOf is { } isTypeOf && !isTypeOf(value)) return false;
        writer.WriteStartObject();
        var fields = shape.Fields;
        for (int i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(shape.Keys[i]);
            if (fields[i] is not { } field)
            {
                ExecutionResultWriter.WriteValue(writer, shape.Type.Name);
                continue;
            }
            if (shape.Leaves[i] is { } leaf) leaf.Write(writer, value);
            else if (!TryWriteValue(writer, shape.Values[i]!, field.PureResolver!(value), cancellationToken)) return false;
        }
        writer.WriteEndObject();
        return true;
    }
}
