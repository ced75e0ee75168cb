namespace ReportGraph.PipelineBench;

/// <summary>Where the built host is, next to the bench's own build (with or without <c>--artifacts-path</c>).</summary>
internal static class HostLocator
{
    public static string Find(string? given, string repository)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException($"--host: '{given}' does not exist.");
        }

        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var candidates = new[]
        {
            // {artifacts}/bin/ReportGraph.PipelineBench/{config} → {artifacts}/bin/ReportGraph.Host/{config}
            Path.Combine(output.Parent!.Parent!.FullName, "ReportGraph.Host", output.Name, "ReportGraph.Host.dll"),
            // bench/ReportGraph.PipelineBench/bin/{Config}/net10.0 → src/Host/bin/{Config}/net10.0
            Path.Combine(repository, "src", "Host", "bin", output.Parent!.Name, output.Name, "ReportGraph.Host.dll"),
        };
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("The built host was not found (pass --host path/ReportGraph.Host.dll); looked at: " + string.Join(", ", candidates));
    }
}
