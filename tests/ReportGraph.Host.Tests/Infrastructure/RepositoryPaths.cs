using System.Reflection;

namespace ReportGraph.Host.Tests.Infrastructure;

/// <summary>The repository root, recorded at build time (output may live outside the repository).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string PluginsJson => Path.Combine(Root, "plugins.json");
}
