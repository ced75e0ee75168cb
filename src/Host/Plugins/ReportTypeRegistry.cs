using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Plugins;

/// <summary>
/// The report types of this host run, loaded once from the catalogue at start; a plugin added to
/// plugins.json is picked up on the next start.
/// </summary>
public sealed class ReportTypeRegistry
{
    private readonly Dictionary<string, ReportType> _available;

    /// <summary>Loads the catalogue named by <see cref="PluginOptions.CatalogPath"/>.</summary>
    public ReportTypeRegistry(IOptions<PluginOptions> options, IHostEnvironment environment, PluginLoader loader, ILogger<ReportTypeRegistry> logger)
    {
        CatalogPath = Path.GetFullPath(options.Value.CatalogPath, environment.ContentRootPath);
        var entries = PluginCatalogueFile.Read(CatalogPath, out var error);
        CatalogueError = error;
        if (error is not null)
        {
            logger.LogError("{Error}", error);
        }

        All = loader.Load(entries, Path.GetDirectoryName(CatalogPath)!);
        _available = All.Where(t => t.IsAvailable).ToDictionary(t => t.Key, StringComparer.Ordinal);
        logger.LogInformation("{Available} report type(s) available, {Unavailable} unavailable, from {Catalog}",
            _available.Count, All.Count - _available.Count, CatalogPath);
    }

    /// <summary>The catalogue file that was read.</summary>
    public string CatalogPath { get; }

    /// <summary>A problem with the catalogue file itself, if any.</summary>
    public string? CatalogueError { get; }

    /// <summary>Every type, available or not, in catalogue order.</summary>
    public IReadOnlyList<ReportType> All { get; }

    /// <summary>The available type with this key, or null.</summary>
    public ReportType? FindAvailable(string key) => _available.GetValueOrDefault(key);

    /// <summary>The type with this key (available first), or null.</summary>
    public ReportType? Find(string key) =>
        _available.GetValueOrDefault(key) ?? All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal));
}
