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
    /// <summary>
    /// Of a personalised schedule: the recipients this report is for (those sharing its parameter set), who receive it
    /// and nothing else; null when every recipient gets this one report.
    /// </summary>
    public IReadOnlyList<Guid>? Readers { get; init; }
    /// <summary>Rows over every table of this report.</summary>
    public long Rows { get; init; }
    /// <summary>Of a personalised schedule: the effective parameters (JSON) this report was generated with.</summary>
    public string? ParameterSet { get; init; }
}

/// <summary>Readers of a personalised schedule whose parameter set produced no report (it failed, or they all unsubscribed).</summary>
/// <param name="Readers">The recipients of the set.</param>
/// <param name="ParameterSet">The set's effective parameters (JSON).</param>
/// <param name="Reason">Why they get nothing; recorded on each subscribed reader's failed delivery.</param>
public sealed record UnsentReaders(IReadOnlyList<Guid> Readers, string ParameterSet, string Reason);

/// <summary>What a run produced: one report (or one per parameter set of a personalised schedule) and the readers left without.</summary>
/// <param name="Reports">The reports to deliver.</param>
/// <param name="Unsent">Readers whose parameter set produced nothing.</param>
/// <param name="Rows">Rows over every table of every report.</param>
public sealed record ProducedRun(IReadOnlyList<ExecutionReport> Reports, IReadOnlyList<UnsentReaders> Unsent, long Rows);
