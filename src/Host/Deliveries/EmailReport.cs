using ReportGraph.Abstractions;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// What every recipient of one execution shares, prepared once by the run pipeline after rendering;
/// the delivery runner personalises it per recipient (greeting, unsubscribe link) and sends it.
/// </summary>
public sealed record EmailReport
{
    public required Guid ExecutionId { get; init; }
    public required ExecutionTrigger Trigger { get; init; }
    public required Guid ScheduleId { get; init; }
    public required Guid OwnerId { get; init; }
    public required string ScheduleName { get; init; }
    public required string SubjectTemplate { get; init; }
    public string? Message { get; init; }
    public required string ReportName { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required ReportPeriod Period { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public required DateTimeOffset ScheduledFor { get; init; }
    public IReadOnlyList<FormattedKpi> Kpis { get; init; } = [];
    /// <summary>Email-safe chart markup (no SVG, no script).</summary>
    public IReadOnlyList<string> ChartHtml { get; init; } = [];
    public TablePreview? Preview { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>The plugin's Razor component for the body, or null for the host template.</summary>
    public Type? EmailComponent { get; init; }
    /// <summary>The rendered files, to attach or to offer by signed link when too large.</summary>
    public required IReadOnlyList<StoredArtifact> Artifacts { get; init; }
}
