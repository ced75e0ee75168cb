using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportGraph.Host.Plugins;

/// <summary>
/// A reader's own parameter values laid over a schedule's: the names the reader gives replace the schedule's, the
/// rest stay. Used when a personalised schedule is saved (to validate each reader's effective set) and when it runs.
/// </summary>
public static class ParameterOverrides
{
    /// <summary>The schedule's parameters (a JSON object) with the reader's names replaced; the reader's may be null.</summary>
    public static JsonElement Merge(string scheduleJson, string? readerJson)
    {
        var merged = JsonNode.Parse(string.IsNullOrWhiteSpace(scheduleJson) ? "{}" : scheduleJson) as JsonObject ?? [];
        if (!string.IsNullOrWhiteSpace(readerJson) && JsonNode.Parse(readerJson) is JsonObject reader)
        {
            foreach (var (name, value) in reader)
            {
                merged[name] = value?.DeepClone();
            }
        }

        return JsonSerializer.SerializeToElement(merged);
    }

    /// <summary>The names a reader's parameters (a JSON object) give.</summary>
    public static IReadOnlyList<string> Names(JsonElement readerParameters) =>
        readerParameters.ValueKind == JsonValueKind.Object ? readerParameters.EnumerateObject().Select(p => p.Name).ToList() : [];
}
