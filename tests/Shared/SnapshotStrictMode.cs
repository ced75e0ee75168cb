using System.Runtime.CompilerServices;

namespace ReportGraph.Tests.Shared;

/// <summary>
/// Snapshooter writes a missing snapshot and lets the test pass; it fails instead only when SNAPSHOOTER_STRICT_MODE is
/// "on" or "true". On a CI machine (CI set, as GitHub Actions, GitLab and most runners do) a missing snapshot means
/// one was not committed, so strict mode is switched on there; an explicit SNAPSHOOTER_STRICT_MODE always wins.
/// </summary>
/// <remarks>
/// Updating a snapshot on purpose: delete its file under <c>__snapshots__/</c> and run the test once locally (it writes
/// the new one), or copy the file Snapshooter wrote under <c>__snapshots__/__mismatch__/</c> over it. Commit the file;
/// <c>__mismatch__/</c> is ignored by git.
/// </remarks>
internal static class SnapshotStrictMode
{
    // A module initializer runs before any test in the assembly: xunit 2 has no assembly-wide setup hook.
    [ModuleInitializer]
    internal static void OnContinuousIntegration()
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        if (Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE") is null
            && !string.IsNullOrEmpty(ci) && ci is not ("0" or "false" or "False"))
        {
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "on");
        }
    }
}
