namespace ReportGraph.PipelineBench;

/// <summary>
/// Command line: <c>[schedules] [--rows N] [--recipients N] [--host path/ReportGraph.Host.dll] [--timeout minutes]
/// [--lead seconds] [--warmup N] [--set Section:Key=value]... [--env NAME=value]...</c>; <c>--set</c> passes a setting to the host (e.g.
/// <c>--set Executions:MaxConcurrent=2</c> to compare with an older default), <c>--lead</c> is how long before the due
/// time the schedules are seeded (the host starts meanwhile; raise it on a busy machine), <c>--warmup</c> adds a burst
/// of N schedules due <see cref="WarmupSeconds"/> before the measured one, so the measured burst finds a host whose
/// code the JIT has already compiled for it, as a host that has been running does (0, the default: the first burst
/// after start, JIT included), <c>--env</c> sets an environment variable of the host process only (e.g.
/// <c>--env DOTNET_TieredPGO=0</c>).
/// </summary>
internal sealed record BenchOptions(int Schedules, int Recipients, int Rows, string? HostAssembly, TimeSpan Timeout, IReadOnlyList<string> HostSettings, int LeadSeconds,
    int WarmupSchedules, IReadOnlyDictionary<string, string> HostEnvironment)
{
    /// <summary>How long before the measured burst the warm-up burst is due.</summary>
    public const int WarmupSeconds = 30;

    public static BenchOptions Parse(string[] args)
    {
        int schedules = 20, recipients = 10, rows = 1000;
        string? host = null;
        var timeout = TimeSpan.FromMinutes(15);
        var settings = new List<string>();
        var lead = 25;
        var warmup = 0;
        var environment = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--rows": rows = Positive("--rows", Next()); break;
                case "--recipients": recipients = Positive("--recipients", Next()); break;
                case "--host": host = Next(); break;
                case "--timeout": timeout = TimeSpan.FromMinutes(Positive("--timeout", Next())); break;
                case "--lead": lead = Positive("--lead", Next()); break;
                case "--set": settings.Add("--" + Next()); break;
                case "--warmup": warmup = Positive("--warmup", Next()); break;
                case "--env":
                    var variable = Next().Split('=', 2);
                    environment[variable[0]] = variable.Length == 2 && variable[0].Length > 0
                        ? variable[1]
                        : throw new ArgumentException($"--env takes NAME=value (got '{string.Join('=', variable)}').");
                    break;
                default: schedules = Positive("schedules", args[i]); break;
            }
        }

        if (warmup > 0 && lead < WarmupSeconds + 15)
        {
            throw new ArgumentException($"--warmup needs --lead of at least {WarmupSeconds + 15} seconds (the host starts before the warm-up burst is due).");
        }

        return new BenchOptions(schedules, recipients, rows, host, timeout, settings, lead, warmup, environment);
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a whole number above 0 (got '{value}').");
}
