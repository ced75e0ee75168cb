namespace ReportGraph.PipelineBench;

/// <summary>
/// Command line: <c>[schedules] [--rows N] [--recipients N] [--host path/ReportGraph.Host.dll] [--timeout minutes]
/// [--lead seconds] [--set Section:Key=value]...</c>; <c>--set</c> passes a setting to the host (e.g.
/// <c>--set Executions:MaxConcurrent=2</c> to compare with an older default), <c>--lead</c> is how long before the due
/// time the schedules are seeded (the host starts meanwhile; raise it on a busy machine).
/// </summary>
internal sealed record BenchOptions(int Schedules, int Recipients, int Rows, string? HostAssembly, TimeSpan Timeout, IReadOnlyList<string> HostSettings, int LeadSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        int schedules = 20, recipients = 10, rows = 1000;
        string? host = null;
        var timeout = TimeSpan.FromMinutes(15);
        var settings = new List<string>();
        var lead = 25;
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
                default: schedules = Positive("schedules", args[i]); break;
            }
        }

        return new BenchOptions(schedules, recipients, rows, host, timeout, settings, lead);
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a whole number above 0 (got '{value}').");
}
