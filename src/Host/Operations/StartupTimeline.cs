using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportGraph.Host.Operations;

/// <summary>
/// Where the start-up time went, logged once when the host listens: "Started in 1,234 ms: runtime and configuration
/// 180 ms, services 150 ms, store 400 ms, first admin 20 ms, …, other services 300 ms, server 90 ms". Each phase
/// runs from the end of the one before; the first from the process start. Work that overlaps a phase on another
/// thread (the GraphQL schema build during the store's phase) is not a phase of its own. Created when the services
/// are registered, right after <c>WebApplication.CreateBuilder</c>.
/// </summary>
internal sealed partial class StartupTimeline
{
    private readonly Lock _lock = new();
    private readonly List<(string Phase, TimeSpan Duration)> _phases = [];
    private readonly TimeSpan _sinceProcessStart = SinceProcessStart();
    private readonly long _created = Stopwatch.GetTimestamp();
    private long _last;
    private bool _logged;

    /// <summary>The phases so far, in order.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Duration)> Phases
    {
        get
        {
            lock (_lock)
            {
                return [.. _phases];
            }
        }
    }

    /// <summary>Ends the current phase, naming it; the next one starts now.</summary>
    public void Mark(string phase)
    {
        lock (_lock)
        {
            if (_logged)
            {
                return; // a host that is already serving is not starting any more
            }

            if (_phases.Count == 0)
            {
                // Runtime start-up and WebApplication.CreateBuilder happened before this instance existed.
                _phases.Add(("runtime and configuration", _sinceProcessStart));
                _last = _created;
            }

            var now = Stopwatch.GetTimestamp();
            _phases.Add((phase, Stopwatch.GetElapsedTime(_last, now)));
            _last = now;
        }
    }

    /// <summary>Ends the last phase and logs the line (once).</summary>
    public void Complete(string lastPhase, ILogger logger)
    {
        Mark(lastPhase);
        string line;
        TimeSpan total;
        lock (_lock)
        {
            if (_logged)
            {
                return;
            }

            _logged = true;
            total = _phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Duration);
            var text = new StringBuilder();
            foreach (var (phase, duration) in _phases)
            {
                text.Append(text.Length == 0 ? "" : ", ").Append(phase).Append(' ').Append(Milliseconds(duration)).Append(" ms");
            }

            line = text.ToString();
        }

        LogStarted(logger, Milliseconds(total), line);
    }

    private static string Milliseconds(TimeSpan duration) => duration.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture);

    private static TimeSpan SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        var elapsed = DateTime.Now - process.StartTime;
        return elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started in {Total} ms: {Phases}")]
    private static partial void LogStarted(ILogger logger, string total, string phases);
}
