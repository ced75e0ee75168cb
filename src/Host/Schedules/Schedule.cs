using ReportGraph.Abstractions;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Schedules;

/// <summary>"Send this report, with these parameters, on this recurrence, to these people."</summary>
public sealed class Schedule
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OwnerId { get; set; }
    public User? Owner { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required string ReportTypeKey { get; set; }
    /// <summary>The validated parameter values as a JSON object.</summary>
    public string ParametersJson { get; set; } = "{}";
    public RecurrenceKind RecurrenceKind { get; set; }
    public TimeOnly? TimeOfDay { get; set; }
    /// <summary>Weekdays as a bit set: bit n is <see cref="DayOfWeek"/> n.</summary>
    public int Weekdays { get; set; }
    public int? DayOfMonth { get; set; }
    public bool LastDayOfMonth { get; set; }
    public string? CronExpression { get; set; }
    public bool BusinessDaysOnly { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>IANA time zone id, e.g. Europe/Berlin.</summary>
    public required string TimeZoneId { get; set; }
    public List<ReportFormat> Formats { get; set; } = [];
    public required string SubjectTemplate { get; set; }
    public string? Message { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset? NextRunAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<Recipient> Recipients { get; set; } = [];
    /// <summary>When a run is sent (<see cref="SendWhenKind"/>); with Kpi, the KPI, operator and threshold below.</summary>
    public SendWhenKind SendWhen { get; set; }
    public string? SendWhenKpi { get; set; }
    public KpiOperator? SendWhenOperator { get; set; }
    public double? SendWhenThreshold { get; set; }
    /// <summary>Failed runs since the last successful one; at <c>Schedules:PauseAfterFailures</c> the schedule pauses itself.</summary>
    public int ConsecutiveFailures { get; set; }
    /// <summary>Why the schedule paused itself; cleared when it is resumed.</summary>
    public string? PausedReason { get; set; }

    /// <summary>The send condition.</summary>
    public SendCondition GetSendCondition() => new(SendWhen, SendWhenKpi, SendWhenOperator, SendWhenThreshold);

    /// <summary>Stores a validated send condition.</summary>
    public void SetSendCondition(SendCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        (SendWhen, SendWhenKpi, SendWhenOperator, SendWhenThreshold) = (condition.Kind, condition.Kpi, condition.Operator, condition.Threshold);
    }
}
