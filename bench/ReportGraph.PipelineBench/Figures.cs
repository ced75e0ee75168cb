using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;

namespace ReportGraph.PipelineBench;

/// <summary>What the run measured, computed from the store: executions, deliveries with their SentAt, and peak memory.</summary>
internal sealed record Figures(int Executions, int Succeeded, int EmailsSent, int EmailsFailed, TimeSpan Span, double ExecutionsPerMinute,
    double EmailsPerSecond, TimeSpan LagP50, TimeSpan LagP99, TimeSpan LagMax, long PeakWorkingSetBytes, TimeSpan QueuedP50, TimeSpan QueuedP99,
    TimeSpan StartedP50, TimeSpan StartedP99)
{
    public static Figures From(IReadOnlyList<BenchRun> executions, DateTimeOffset due, long peakWorkingSet)
    {
        var sent = executions.SelectMany(e => e.Deliveries.Where(d => d.Status == DeliveryStatus.Sent && d.SentAt is not null)
            .Select(d => d.SentAt!.Value - e.ScheduledFor)).Order().ToList();
        var finished = executions.Where(e => e.FinishedAt is not null).Select(e => e.FinishedAt!.Value).DefaultIfEmpty(due).Max();
        var span = finished - due;
        // The scheduler's hand-off: due time → the execution row queued (Quartz fired, the occurrence handled), and → started.
        var queued = executions.Select(e => e.Execution.CreatedAt - e.ScheduledFor).Order().ToList();
        var started = executions.Where(e => e.Execution.StartedAt is not null).Select(e => e.Execution.StartedAt!.Value - e.ScheduledFor).Order().ToList();
        return new Figures(
            executions.Count,
            executions.Count(e => e.Status == ExecutionStatus.Succeeded),
            sent.Count,
            executions.Sum(e => e.Deliveries.Count(d => d.Status == DeliveryStatus.Failed)),
            span,
            executions.Count / span.TotalMinutes,
            sent.Count / span.TotalSeconds,
            Percentile(sent, 0.50),
            Percentile(sent, 0.99),
            sent.Count == 0 ? TimeSpan.Zero : sent[^1],
            peakWorkingSet,
            Percentile(queued, 0.50),
            Percentile(queued, 0.99),
            Percentile(started, 0.50),
            Percentile(started, 0.99));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public void Print(BenchOptions options, TextWriter output)
    {
        output.WriteLine($"Pipeline benchmark: {options.Schedules} schedules due at once × {options.Recipients} recipients, CSV + XLSX + PDF of {options.Rows:N0} rows"
            + (options.WarmupSchedules > 0 ? $", after a warm-up burst of {options.WarmupSchedules}" : ", the first burst after start"));
        output.WriteLine($"  executions          {Succeeded}/{Executions} succeeded in {Span.TotalSeconds:0.0} s (due → last finished)");
        output.WriteLine($"  executions/min      {ExecutionsPerMinute:0.0}");
        output.WriteLine($"  emails sent         {EmailsSent} ({EmailsFailed} failed)");
        output.WriteLine($"  emails/s            {EmailsPerSecond:0.0}");
        output.WriteLine($"  lag due → accepted  p50 {LagP50.TotalSeconds:0.0} s, p99 {LagP99.TotalSeconds:0.0} s, max {LagMax.TotalSeconds:0.0} s");
        output.WriteLine($"  due → queued        p50 {QueuedP50.TotalSeconds:0.00} s, p99 {QueuedP99.TotalSeconds:0.00} s (scheduler hand-off)");
        output.WriteLine($"  due → started       p50 {StartedP50.TotalSeconds:0.0} s, p99 {StartedP99.TotalSeconds:0.0} s");
        output.WriteLine($"  host peak memory    {PeakWorkingSetBytes / 1024.0 / 1024.0:0} MB (Process.PeakWorkingSet64)");
    }
}
