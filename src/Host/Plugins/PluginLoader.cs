using System.Reflection;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Plugins;

/// <summary>
/// Loads the plugin assemblies named by the catalog, each in its own <see cref="PluginLoadContext"/>.
/// Nothing a plugin does wrong stops the host: every failure becomes an unavailable <see cref="ReportType"/>
/// with the reason, and a log entry.
/// </summary>
public sealed class PluginLoader(IServiceProvider services, ILogger<PluginLoader> logger)
{
    /// <summary>Loads every entry; keys are unique in the result (a second plugin with a taken key is unavailable).</summary>
    public IReadOnlyList<ReportType> Load(IReadOnlyList<PluginEntry> entries, string baseDirectory)
    {
        var result = new List<ReportType>();
        var byKey = new Dictionary<string, ReportType>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var path = Path.GetFullPath(entry.Path, baseDirectory);
            foreach (var type in LoadOne(entry, path))
            {
                if (type.IsAvailable && byKey.TryGetValue(type.Key, out var existing) && existing.IsAvailable)
                {
                    var duplicate = ReportType.Unavailable(type.Key,
                        $"Duplicate report type key '{type.Key}': already provided by '{existing.Source}'.", path);
                    logger.LogError("Report type {Key} from {Path} is unavailable: {Reason}", type.Key, path, duplicate.UnavailableReason);
                    result.Add(duplicate);
                    continue;
                }

                byKey.TryAdd(type.Key, type);
                result.Add(type);
            }
        }

        return result;
    }

    private List<ReportType> LoadOne(PluginEntry entry, string path)
    {
        var fallbackKey = Path.GetFileNameWithoutExtension(path);
        if (!entry.Enabled)
        {
            logger.LogInformation("Plugin {Path} is disabled in the catalog", path);
            return [ReportType.Unavailable(fallbackKey, "Disabled in plugins.json.", path)];
        }

        if (!File.Exists(path))
        {
            return [Fail(fallbackKey, $"Plugin assembly not found at '{path}'.", path)];
        }

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(path).LoadFromAssemblyPath(path);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or IOException)
        {
            return [Fail(fallbackKey, $"'{path}' is not a loadable .NET assembly: {ex.Message}", path)];
        }

        var definitionTypes = FindDefinitionTypes(assembly, out var typeLoadError);
        if (definitionTypes.Count == 0)
        {
            var reason = typeLoadError is null
                ? $"'{path}' contains no public, non-abstract class implementing IReportDefinition."
                : $"'{path}' could not be inspected: {typeLoadError}";
            return [Fail(fallbackKey, reason, path)];
        }

        return definitionTypes.Select(t => Instantiate(t, path)).ToList();
    }

    private static List<Type> FindDefinitionTypes(Assembly assembly, out string? error)
    {
        error = null;
        Type?[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types;
            error = ex.LoaderExceptions.FirstOrDefault()?.Message;
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            error = ex.Message;
            return [];
        }

        return types
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReportDefinition).IsAssignableFrom(t))
            .Select(t => t!)
            .ToList();
    }

    private ReportType Instantiate(Type type, string path)
    {
        try
        {
            var withServices = type.GetConstructor([typeof(IServiceProvider)]);
            var definition = (IReportDefinition)(withServices is not null
                ? withServices.Invoke([services])
                : Activator.CreateInstance(type)
                  ?? throw new InvalidOperationException("The constructor returned null."));
            var problem = DefinitionProblems.Find(definition);
            if (problem is not null)
            {
                return Fail(type.FullName ?? type.Name, $"{type.FullName} is not a valid report definition: {problem}", path);
            }

            logger.LogInformation("Loaded report type {Key} {Version} from {Path}", definition.Key, definition.Version, path);
            return ReportType.Available(definition, path);
        }
        catch (MissingMethodException)
        {
            return Fail(type.FullName ?? type.Name,
                $"{type.FullName} needs a public parameterless constructor or one taking IServiceProvider.", path);
        }
        catch (TargetInvocationException ex)
        {
            var inner = ex.InnerException ?? ex;
            return Fail(type.FullName ?? type.Name, $"The constructor of {type.FullName} threw {inner.GetType().Name}: {inner.Message}", path);
        }
        catch (Exception ex)
        {
            return Fail(type.FullName ?? type.Name, $"{type.FullName} could not be created: {ex.Message}", path);
        }
    }

    private ReportType Fail(string key, string reason, string path)
    {
        logger.LogError("Report type {Key} is unavailable: {Reason}", key, reason);
        return ReportType.Unavailable(key, reason, path);
    }
}
