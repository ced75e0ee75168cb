using ReportGraph.Abstractions;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>One KPI as posted: formatted as in the email, with the plugin's raw value for JSON receivers.</summary>
public sealed record WebhookKpi(FormattedKpi Formatted, object? RawValue);

/// <summary>One file as posted: always by signed link (webhooks carry no attachments).</summary>
public sealed record WebhookFile(string FileName, string ContentType, long SizeBytes, SignedArtifactLink Link);

/// <summary>What every webhook of one execution tells, whatever its shape.</summary>
public sealed record WebhookContent
{
    public required Guid ExecutionId { get; init; }
    public required Guid ScheduleId { get; init; }
    public required string ScheduleName { get; init; }
    public required string ReportName { get; init; }
    public required string Trigger { get; init; }
    public required ReportPeriod Period { get; init; }
    public required DateTimeOffset ScheduledFor { get; init; }
    public required IReadOnlyList<WebhookKpi> Kpis { get; init; }
    public required IReadOnlyList<WebhookFile> Files { get; init; }
}
