using System.Runtime.CompilerServices;

namespace ReportGraph.Rendering.Tests.Support;

/// <summary>
/// Compares text with a committed <c>Rendering/Snapshots/NAME.snap</c> file. A missing snapshot is written (and the
/// test passes); with <c>UPDATE_SNAPSHOTS=1</c> every snapshot is rewritten. Review and commit changed files.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(FindRenderingFolder(callerFile), "Snapshots");
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

    private static string FindRenderingFolder(string callerFile)
    {
        var dir = Path.GetDirectoryName(callerFile)!;
        while (!string.IsNullOrEmpty(dir) && Path.GetFileName(dir) != "Rendering")
        {
            dir = Path.GetDirectoryName(dir)!;
        }
        return string.IsNullOrEmpty(dir) ? Path.GetDirectoryName(callerFile)! : dir;
    }

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
