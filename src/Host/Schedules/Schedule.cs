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
}
