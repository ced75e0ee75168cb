using System.Linq.Expressions;
using ReportGraph.Abstractions;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Executions;

/// <summary>One run of a schedule: what was generated and what happened to each email.</summary>
[GraphQLName("Execution")]
public sealed class ExecutionNode : INode
{
    [GraphQLIgnore] public Guid Key { get; init; }
    [GraphQLIgnore] public Guid ScheduleKey { get; init; }
    /// <summary>When the row was inserted: the default newest-first order of the history (not in the API).</summary>
    [GraphQLIgnore] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Global id.</summary>
    [ID, ReportGraph.GraphQL.Data.FilterIgnore, ReportGraph.GraphQL.Data.SortIgnore] public string Id => GlobalId.Encode("Execution", Key);
    /// <summary>SCHEDULED, MANUAL (run now) or TEST (sent to the requester only).</summary>
    public ExecutionTrigger Trigger { get; init; }
    /// <summary>QUEUED → RUNNING (→ DELIVERING while deliveries wait for a retry) → SUCCEEDED | PARTIAL (some deliveries failed) | FAILED | CONDITION_NOT_MET (sendWhen not met: nothing sent); MISSED when the service was down.</summary>
    public ExecutionStatus Status { get; init; }
    /// <summary>The occurrence it ran for (request time for manual and test runs).</summary>
    public DateTimeOffset ScheduledFor { get; init; }
    /// <summary>Started.</summary>
    public DateTimeOffset? StartedAt { get; init; }
    /// <summary>Finished.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>Duration in milliseconds.</summary>
    public long? DurationMs { get; init; }
    /// <summary>Rows over all tables.</summary>
    public long? RowCount { get; init; }
    /// <summary>Why it failed, or which deliveries failed.</summary>
    public string? ErrorMessage { get; init; }
    /// <summary>The reporting period, e.g. "Week 47, 2026 (16–22 Nov)".</summary>
    public string? PeriodLabel { get; init; }
    /// <summary>Start of the reporting period.</summary>
    public DateTimeOffset? PeriodStart { get; init; }
    /// <summary>End of the reporting period (exclusive).</summary>
    public DateTimeOffset? PeriodEnd { get; init; }
    /// <summary>How many times a node started it (more than 1 after a crash was recovered).</summary>
    public int Attempt { get; init; }
    /// <summary>The value the schedule's sendWhen judged: the KPI's value (KPI) or the row count (HAS_ROWS).</summary>
    public double? ConditionValue { get; init; }
    /// <summary>Why it was or was not sent under sendWhen, e.g. "payersFlagged is 0, not > 0: nothing was sent.".</summary>
    public string? ConditionReason { get; init; }

    /// <summary>Projection from the entity.</summary>
    public static Expression<Func<Execution, ExecutionNode>> Projection { get; } = e => new ExecutionNode
    {
        Key = e.Id, ScheduleKey = e.ScheduleId, CreatedAt = e.CreatedAt, Trigger = e.Trigger, Status = e.Status, ScheduledFor = e.ScheduledFor,
        StartedAt = e.StartedAt, FinishedAt = e.FinishedAt, DurationMs = e.DurationMs, RowCount = e.RowCount,
        ErrorMessage = e.ErrorMessage, PeriodLabel = e.PeriodLabel, PeriodStart = e.PeriodStart, PeriodEnd = e.PeriodEnd, Attempt = e.Attempt,
        ConditionValue = e.ConditionValue, ConditionReason = e.ConditionReason,
    };

    private static readonly Func<Execution, ExecutionNode> Compiled = Projection.Compile();

    /// <summary>From an entity in memory.</summary>
    public static ExecutionNode From(Execution e) => Compiled(e);
}

/// <summary>A rendered file of an execution.</summary>
[GraphQLName("Artifact")]
public sealed class ArtifactNode : INode
{
    [GraphQLIgnore] public Guid Key { get; init; }
    [GraphQLIgnore] public Guid ExecutionKey { get; init; }

    /// <summary>Global id.</summary>
    [ID] public string Id => GlobalId.Encode("Artifact", Key);
    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; }
    /// <summary>File name.</summary>
    public string FileName { get; init; } = "";
    /// <summary>MIME type.</summary>
    public string ContentType { get; init; } = "";
    /// <summary>Size in bytes.</summary>
    public long SizeBytes { get; init; }
    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; init; } = "";
    /// <summary>Download path for signed-in owners and admins, e.g. "/artifacts/…".</summary>
    public string DownloadPath => $"/artifacts/{Key}";

    /// <summary>Projection from the entity.</summary>
    public static Expression<Func<Artifact, ArtifactNode>> Projection { get; } = a => new ArtifactNode
    {
        Key = a.Id, ExecutionKey = a.ExecutionId, Format = a.Format, FileName = a.FileName, ContentType = a.ContentType,
        SizeBytes = a.SizeBytes, Sha256 = a.Sha256,
    };
}
