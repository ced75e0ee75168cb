using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace ReportGraph.GraphQL.Http;

/// <summary>
/// Checks on a JSON request body that System.Text.Json leaves to the caller: invalid UTF-8 inside strings only fails when
/// the string is read (which used to surface as a 500), a reader stops after the first value, and duplicate keys are
/// accepted with the last one winning — so one proxy may see another query than the server. Each becomes a clear 400.
/// </summary>
internal static class JsonBodyChecks
{
    /// <summary>False when the bytes are not well-formed UTF-8.</summary>
    public static bool IsValidUtf8(ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment) return Utf8.IsValid(body.FirstSpan);
        // A character may straddle two segments; bodies are bounded by MaxRequestBodySize, so one copy is affordable.
        return Utf8.IsValid(body.ToArray());
    }

    /// <summary>True when only JSON whitespace follows the first value.</summary>
    public static bool OnlyWhitespace(ReadOnlySequence<byte> rest)
    {
        foreach (var segment in rest)
        {
            foreach (var b in segment.Span)
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        }

        return true;
    }

    /// <summary>The JSON path of the first key that appears twice in one object (e.g. <c>$.variables.id</c>), or null.</summary>
    public static string? FindDuplicateKey(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var propertyPath = path + "." + property.Name;
                    if (!seen.Add(property.Name)) return propertyPath;
                    if (FindDuplicateKey(property.Value, propertyPath) is { } nested) return nested;
                }
                return null;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDuplicateKey(item, $"{path}[{index++}]") is { } nested) return nested;
                }
                return null;
            default:
                return null;
        }
    }
}
