using ReportGraph.Abstractions;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// What every recipient of one execution shares: the run itself and the parts of the email built from its result
/// once (formatted KPIs, email-safe charts, a preview of the first table). The delivery runner personalises it per
/// recipient (greeting, unsubscribe link) and sends it.
/// </summary>
public sealed record EmailReport
{
    /// <summary>The run: schedule, period, the plugin's result and the stored files.</summary>
    public required ExecutionReport Run { get; init; }
    public IReadOnlyList<FormattedKpi> Kpis { get; init; } = [];
    /// <summary>Email-safe chart markup (no SVG, no script).</summary>
    public IReadOnlyList<string> ChartHtml { get; init; } = [];
    public TablePreview? Preview { get; init; }
}
