using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Plugins;

/// <summary>
/// The report types of this host run, loaded once from the catalog at start; a plugin added to
/// plugins.json is picked up on the next start.
/// </summary>
public sealed class ReportTypeRegistry
{
    private readonly Dictionary<string, ReportType> _available;

    /// <summary>Loads the catalog named by <see cref="PluginOptions.CatalogPath"/>.</summary>
    public ReportTypeRegistry(IOptions<PluginOptions> options, IHostEnvironment environment, PluginLoader loader, ILogger<ReportTypeRegistry> logger)
    {
        CatalogPath = Path.GetFullPath(options.Value.CatalogPath, environment.ContentRootPath);
        var entries = PluginCatalogFile.Read(CatalogPath, out var error);
        CatalogError = error;
        if (error is not null)
        {
            logger.LogError("{Error}", error);
        }

        All = loader.Load(entries, Path.GetDirectoryName(CatalogPath)!);
        _available = All.Where(t => t.IsAvailable).ToDictionary(t => t.Key, StringComparer.Ordinal);
        logger.LogInformation("{Available} report type(s) available, {Unavailable} unavailable, from {Catalog}",
            _available.Count, All.Count - _available.Count, CatalogPath);
    }

    /// <summary>The catalog file that was read.</summary>
    public string CatalogPath { get; }

    /// <summary>A problem with the catalog file itself, if any.</summary>
    public string? CatalogError { get; }

    /// <summary>Every type, available or not, in catalog order.</summary>
    public IReadOnlyList<ReportType> All { get; }

    /// <summary>The available type with this key, or null.</summary>
    public ReportType? FindAvailable(string key) => _available.GetValueOrDefault(key);

    /// <summary>The type with this key (available first), or null.</summary>
    public ReportType? Find(string key) =>
        _available.GetValueOrDefault(key) ?? All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));
}
