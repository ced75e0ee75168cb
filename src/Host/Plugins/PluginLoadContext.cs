using System.Reflection;
using System.Runtime.Loader;

namespace ReportGraph.Host.Plugins;

/// <summary>
/// A collectible load context for one plugin. The plugin's own dependencies are resolved from its
/// folder (its .deps.json); the contract assembly and the framework always come from the host, so a
/// plugin's <c>IReportDefinition</c> is the host's <c>IReportDefinition</c>.
/// </summary>
internal sealed class PluginLoadContext(string pluginPath)
    : AssemblyLoadContext(name: Path.GetFileNameWithoutExtension(pluginPath), isCollectible: true)
{
    private static readonly string ContractName = typeof(Abstractions.IReportDefinition).Assembly.GetName().Name!;
    private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == ContractName)
        {
            return null; // fall back to the default context: the one shared contract
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
