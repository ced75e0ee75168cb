using System.Runtime.CompilerServices;

namespace ReportGraph.Rendering.Tests.Support;

/// <summary>
/// Compares an SVG chart with a committed <c>Snapshots/NAME.snap</c> file, one element per line. A missing snapshot is
/// written (and the test passes); with <c>UPDATE_SNAPSHOTS=1</c> every snapshot is rewritten. Review and commit changed files.
/// </summary>
/// <remarks>Not Snapshooter: it stores JSON, so an SVG would become one escaped string and diffs would be unreadable.</remarks>
internal static class SvgSnapshotFile
{
    public static void Match(string name, string actual)
    {
        var folder = Path.Combine(ProjectFolder(), "Snapshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".snap");
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        if (!File.Exists(path) || Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, normalized);
            return;
        }
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != normalized)
        {
            var received = Path.ChangeExtension(path, ".received");
            File.WriteAllText(received, normalized);
            Assert.Fail($"Snapshot '{name}' differs from {path}. The new output is in {received}; run with UPDATE_SNAPSHOTS=1 to accept it.\n{FirstDifference(expected, normalized)}");
        }
    }

    /// <summary>The test project's folder: this file is in its Support/ folder.</summary>
    private static string ProjectFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al) return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
        }
        return "";
    }
}
