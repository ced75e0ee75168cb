using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.Plugins;

/// <summary>Configuration section <c>Plugins</c>.</summary>
public sealed class PluginOptions
{
    /// <summary>The catalog file, relative to the content root or absolute.</summary>
    [Required(ErrorMessage = "Plugins:CatalogPath is required: the path of plugins.json.")]
    public string CatalogPath { get; set; } = "plugins.json";
}
