using System.Text.Json;

namespace ReportGraph.GraphQL.Execution;

/// <summary>Converts JSON into the plain values input coercion works on: string, long, double, bool, null, lists, dictionaries.</summary>
public static class JsonValues
{
    /// <summary>Converts a JSON element; integers that fit become <see cref="long"/>, other numbers <see cref="double"/>.</summary>
    public static object? ToPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in element.EnumerateObject()) map[p.Name] = ToPlain(p.Value);
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) list.Add(ToPlain(item));
                return list;
            case JsonValueKind.String: return element.GetString();
            case JsonValueKind.Number: return element.TryGetInt64(out var l) ? l : element.GetDouble();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default: return null;
        }
    }

    /// <summary>Replaces any <see cref="JsonElement"/> (also nested in lists and dictionaries) by plain values.</summary>
    public static object? Normalize(object? value) => value switch
    {
        JsonElement e => ToPlain(e),
        IReadOnlyDictionary<string, object?> map when map.Values.Any(v => v is JsonElement or IReadOnlyDictionary<string, object?> or IList<object?>)
            => map.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IList<object?> list when list.Any(v => v is JsonElement or IReadOnlyDictionary<string, object?> or IList<object?>) => list.Select(Normalize).ToList(),
        _ => value,
    };
}
