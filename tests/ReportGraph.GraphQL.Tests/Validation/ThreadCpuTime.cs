using System.Diagnostics;
using System.Globalization;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>
/// CPU time consumed by the calling thread, so a budget is about work done, not about wall time on a shared machine
/// (other tests and colleagues' builds run on the same cores). Linux: the thread's on-CPU nanoseconds from
/// /proc/thread-self/schedstat; elsewhere the process's CPU time, which is coarser but still CPU, not wall time.
/// </summary>
public static class ThreadCpuTime
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    /// <summary>The calling thread's CPU time so far.</summary>
    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && File.Exists(SchedStat))
        {
            var text = File.ReadAllText(SchedStat);
            var nanoseconds = long.Parse(text.AsSpan(0, text.IndexOf(' ')), NumberStyles.None, CultureInfo.InvariantCulture);
            return TimeSpan.FromTicks(nanoseconds / 100);
        }
        return Process.GetCurrentProcess().TotalProcessorTime;
    }

    /// <summary>Runs <paramref name="action"/> on the calling thread and returns its result and the CPU time it used.</summary>
    public static (T Result, TimeSpan Cpu) Measure<T>(Func<T> action)
    {
        var before = Now();
        var result = action();
        return (result, Now() - before);
    }
}
