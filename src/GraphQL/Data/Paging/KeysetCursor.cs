using System.Buffers.Text;
using System.Text.Json;
using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Data;

/// <summary>
/// A keyset cursor: the values of an item's sort keys (tiebreaker last) and a fingerprint of the order they belong to,
/// as base64url of <c>{"v":1,"o":"&lt;order&gt;","k":[…]}</c>. Opaque to clients; the version lets a later format
/// refuse cursors of this one clearly. Not signed: a changed value only moves the position within rows the caller may
/// read anyway.
/// </summary>
internal sealed class KeysetCursor
{
    private const int Version = 1;
    private const string NotOurs = "pass a cursor from an edge or pageInfo of this field";

    private readonly JsonElement[] _values;

    private KeysetCursor(string order, JsonElement[] values, string argumentName)
    {
        Order = order;
        _values = values;
        ArgumentName = argumentName;
    }

    /// <summary>The fingerprint of the order the cursor was made for (<see cref="KeysetOrder{T}.Fingerprint"/>).</summary>
    public string Order { get; }

    /// <summary>The argument the cursor came in (<c>after</c> or <c>before</c>), for error messages.</summary>
    public string ArgumentName { get; }

    /// <summary>The cursor of an item whose keys have <paramref name="values"/> (of <paramref name="types"/>).</summary>
    public static string Encode(string order, IReadOnlyList<object?> values, IReadOnlyList<Type> types)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("o", order);
            writer.WriteStartArray("k");
            for (int i = 0; i < values.Count; i++) JsonSerializer.Serialize(writer, values[i], types[i]);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>Checks the format and version (before the resolver runs); the values are read against the order later.</summary>
    public static KeysetCursor Parse(string cursor, string argumentName)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("v", out var version) && version.ValueKind == JsonValueKind.Number
                && root.TryGetProperty("o", out var order) && order.ValueKind == JsonValueKind.String
                && root.TryGetProperty("k", out var keys) && keys.ValueKind == JsonValueKind.Array)
            {
                if (!version.TryGetInt32(out var v) || v != Version)
                    throw Invalid(argumentName, "it was made by another version of this API; start again from the first page");
                return new KeysetCursor(order.GetString()!, keys.EnumerateArray().Select(k => k.Clone()).ToArray(), argumentName);
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
        }
        throw Invalid(argumentName, NotOurs);
    }

    /// <summary>The key values for <paramref name="order"/>; refused when the cursor belongs to another order or its values do not fit.</summary>
    public object?[] ValuesFor(string order, IReadOnlyList<Type> types)
    {
        if (order != Order)
            throw OfAnotherOrder(ArgumentName);
        if (_values.Length != types.Count) throw Invalid(ArgumentName, NotOurs);
        var values = new object?[types.Count];
        for (int i = 0; i < values.Length; i++)
        {
            try
            {
                values[i] = _values[i].Deserialize(types[i]);
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
            {
                throw Invalid(ArgumentName, NotOurs);
            }
            if (values[i] is null && types[i].IsValueType && Nullable.GetUnderlyingType(types[i]) is null)
                throw Invalid(ArgumentName, NotOurs);
        }
        return values;
    }

    /// <summary>The error for a cursor made for another order of the list (including an offset cursor of an enum order).</summary>
    public static GraphQLException OfAnotherOrder(string argumentName) =>
        Invalid(argumentName, "it belongs to another order of this list; pass the same \"order\" as the request that returned it, or start again from the first page");

    private static GraphQLException Invalid(string argumentName, string why)
        => new($"The cursor given as \"{argumentName}\" is not valid: {why}.", DataErrorCodes.InvalidCursor,
            new Dictionary<string, object?> { ["argument"] = argumentName });
}
