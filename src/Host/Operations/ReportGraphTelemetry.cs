using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ReportGraph.Host.Operations;

/// <summary>
/// Metrics (meter <c>ReportGraph</c>) and traces (activity source <c>ReportGraph</c>) for any
/// OpenTelemetry collector: executions and deliveries by status, render time per format, SMTP latency,
/// and the lag between an occurrence being due and its execution starting.
/// </summary>
public sealed class ReportGraphTelemetry : IDisposable
{
    /// <summary>The name of the meter and the activity source.</summary>
    public const string Name = "ReportGraph";

    private readonly Meter _meter;

    /// <summary>Creates the instruments on the host's meter factory.</summary>
    public ReportGraphTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        Executions = _meter.CreateCounter<long>("reportgraph.executions", "{execution}", "Finished executions by status and trigger.");
        Deliveries = _meter.CreateCounter<long>("reportgraph.deliveries", "{delivery}", "Finished deliveries by status.");
        RenderDuration = _meter.CreateHistogram<double>("reportgraph.render.duration", "s", "Time to render one format.");
        SmtpDuration = _meter.CreateHistogram<double>("reportgraph.smtp.duration", "s", "Time for the SMTP server to accept or refuse one email.");
        QueueLag = _meter.CreateHistogram<double>("reportgraph.execution.queue_lag", "s", "Time from an occurrence being due to its execution starting.");
        ExecutionDuration = _meter.CreateHistogram<double>("reportgraph.execution.duration", "s", "Time from start to finish of an execution.");
    }

    /// <summary>Traces of executions, rendering and sending.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Tags: status, trigger.</summary>
    public Counter<long> Executions { get; }

    /// <summary>Tags: status.</summary>
    public Counter<long> Deliveries { get; }

    /// <summary>Tags: format.</summary>
    public Histogram<double> RenderDuration { get; }

    /// <summary>Tags: outcome.</summary>
    public Histogram<double> SmtpDuration { get; }

    /// <summary>Tags: trigger.</summary>
    public Histogram<double> QueueLag { get; }

    /// <summary>Tags: status.</summary>
    public Histogram<double> ExecutionDuration { get; }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
