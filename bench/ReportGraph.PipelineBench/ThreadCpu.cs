using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGraph.PipelineBench;

/// <summary>
/// CPU time (user + system) of a process's threads grouped by thread name, read from <c>/proc/&lt;pid&gt;/task</c> on
/// Linux: the runtime names its threads (".NET TP Worker", ".NET Finalizer", ".NET BGC", ".NET SigHandler"…), so the
/// difference of two readings says which part of the runtime a burst's CPU went to without a profiler attached.
/// Threads that ended between the readings are missing from the second and count as zero.
/// </summary>
internal sealed partial class ThreadCpu(IReadOnlyDictionary<string, TimeSpan> byName)
{
    public IReadOnlyDictionary<string, TimeSpan> ByName { get; } = byName;

    public static ThreadCpu Read(int processId)
    {
        var byName = new Dictionary<string, TimeSpan>();
        string[] tasks;
        try
        {
            tasks = Directory.GetDirectories($"/proc/{processId}/task");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ThreadCpu(byName);
        }

        var ticksPerSecond = 100.0; // USER_HZ on Linux
        foreach (var task in tasks)
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                continue; // the thread ended
            }

            // "tid (name) state ppid …": the name may hold spaces and parentheses; utime and stime are fields 14 and 15.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                continue;
            }

            var name = Digits().Replace(stat[(open + 1)..close], "#");
            var fields = stat[(close + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            byName[name] = byName.GetValueOrDefault(name) + TimeSpan.FromSeconds(ticks / ticksPerSecond);
        }

        return new ThreadCpu(byName);
    }

    /// <summary>Lines "name  seconds  share" of what each thread group used since <paramref name="before"/>, largest first.</summary>
    public IEnumerable<string> Since(ThreadCpu before)
    {
        var used = ByName.Select(p => (Name: p.Key, Time: p.Value - before.ByName.GetValueOrDefault(p.Key)))
            .Where(p => p.Time > TimeSpan.Zero).OrderByDescending(p => p.Time).ToList();
        var total = used.Sum(p => p.Time.TotalSeconds);
        return used.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name,-22} {p.Time.TotalSeconds,5:0.00} s {p.Time.TotalSeconds / total,5:P0}"));
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
