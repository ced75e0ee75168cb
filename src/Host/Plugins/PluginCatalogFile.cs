using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGraph.Host.Plugins;

/// <summary>One entry of <c>plugins.json</c>.</summary>
/// <param name="Path">The plugin assembly, relative to the folder of plugins.json or absolute.</param>
/// <param name="Enabled">Disabled entries are listed but not loaded.</param>
public sealed record PluginEntry(string Path, bool Enabled = true);

/// <summary>
/// Reads <c>plugins.json</c>: <c>{ "plugins": [ { "path": "plugins/TutorWeekly/TutorWeekly.dll", "enabled": true } ] }</c>.
/// </summary>
public static class PluginCatalogFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the entries; a missing or malformed file is reported through <paramref name="error"/>.</summary>
    public static IReadOnlyList<PluginEntry> Read(string catalogPath, out string? error)
    {
        error = null;
        if (!File.Exists(catalogPath))
        {
            error = $"The plugin catalog '{catalogPath}' does not exist; no report types are loaded.";
            return [];
        }

        try
        {
            var file = JsonSerializer.Deserialize<CatalogJson>(File.ReadAllText(catalogPath), Options);
            var entries = file?.Plugins ?? [];
            var invalid = entries.FindIndex(e => string.IsNullOrWhiteSpace(e.Path));
            if (invalid >= 0)
            {
                error = $"plugins[{invalid}].path in '{catalogPath}' is empty; give the path of the plugin assembly.";
                return entries.Where(e => !string.IsNullOrWhiteSpace(e.Path)).ToList();
            }

            return entries;
        }
        catch (JsonException ex)
        {
            error = $"The plugin catalog '{catalogPath}' is not valid JSON: {ex.Message}";
            return [];
        }
    }

    private sealed class CatalogJson
    {
        [JsonPropertyName("plugins")]
        public List<PluginEntry>? Plugins { get; set; }
    }
}
