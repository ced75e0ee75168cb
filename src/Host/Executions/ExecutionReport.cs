using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Executions;

/// <summary>What one run produced, handed to delivery: the schedule's email settings, the plugin's result and the stored files.</summary>
public sealed record ExecutionReport
{
    public required Guid ExecutionId { get; init; }
    public required ExecutionTrigger Trigger { get; init; }
    public required Guid ScheduleId { get; init; }
    public required Guid OwnerId { get; init; }
    public required string ScheduleName { get; init; }
    public required string SubjectTemplate { get; init; }
    public string? Message { get; init; }
    /// <summary>The report type's display name.</summary>
    public required string ReportName { get; init; }
    /// <summary>The plugin's result; its tables can be read again (each enumeration starts over).</summary>
    public required ReportResult Result { get; init; }
    public required ReportPeriod Period { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    /// <summary>Number and date formats of documents and emails.</summary>
    public required CultureInfo Culture { get; init; }
    public required DateTimeOffset ScheduledFor { get; init; }
    /// <summary>The rendered files.</summary>
    public required IReadOnlyList<StoredArtifact> Artifacts { get; init; }
    /// <summary>For test runs: the requester's address, the only one that receives it.</summary>
    public string? TestAddress { get; init; }
}
