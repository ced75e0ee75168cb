using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using ReportGraph.Abstractions;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Schedules;

/// <summary>A schedule: which report, with which parameters, when, in which formats, to whom.</summary>
[GraphQLName("Schedule")]
public sealed class ScheduleNode : INode
{
    /// <summary>The row id (internal; the API uses the global <see cref="Id"/>).</summary>
    [GraphQLIgnore] public Guid Key { get; init; }
    /// <summary>The owner's row id.</summary>
    [GraphQLIgnore] public Guid OwnerId { get; init; }

    /// <summary>Global id, usable with <c>node(id)</c>.</summary>
    [ID, ReportGraph.GraphQL.Data.FilterIgnore, ReportGraph.GraphQL.Data.SortIgnore] public string Id => GlobalId.Encode("Schedule", Key);
    /// <summary>A name people recognise.</summary>
    public string Name { get; init; } = "";
    /// <summary>Optional longer description.</summary>
    public string? Description { get; init; }
    /// <summary>Key of the report type, e.g. "tutor-weekly".</summary>
    public string ReportTypeKey { get; init; } = "";
    /// <summary>IANA time zone the recurrence is computed in, e.g. "Europe/Berlin".</summary>
    public string TimeZone { get; init; } = "";
    /// <summary>Email subject template, e.g. "{{name}} — {{period}}".</summary>
    public string Subject { get; init; } = "";
    /// <summary>Message shown at the top of every email.</summary>
    public string? Message { get; init; }
    /// <summary>False while paused.</summary>
    public bool IsActive { get; init; }
    /// <summary>The next scheduled run, computed by the recurrence calendar; null when paused or ended.</summary>
    public DateTimeOffset? NextRunAt { get; init; }
    /// <summary>When it last ran (scheduled or run now).</summary>
    public DateTimeOffset? LastRunAt { get; init; }
    /// <summary>Created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Files attached to each email.</summary>
    public List<ReportFormat> Formats { get; init; } = [];
    /// <summary>Failed runs in a row since the last successful one (at <c>Schedules:PauseAfterFailures</c> it pauses itself).</summary>
    public int ConsecutiveFailures { get; init; }
    /// <summary>Why the schedule paused itself (after repeated failures); null when running or paused by a person.</summary>
    public string? PausedReason { get; init; }

    [GraphQLIgnore] public SendWhenKind SendWhenKind { get; init; }
    [GraphQLIgnore] public string? SendWhenKpi { get; init; }
    [GraphQLIgnore] public KpiOperator? SendWhenOperator { get; init; }
    [GraphQLIgnore] public double? SendWhenThreshold { get; init; }

    [GraphQLIgnore] public string ParametersJson { get; init; } = "{}";
    [GraphQLIgnore] public RecurrenceKind RecurrenceKind { get; init; }
    [GraphQLIgnore] public TimeOnly? TimeOfDay { get; init; }
    [GraphQLIgnore] public int Weekdays { get; init; }
    [GraphQLIgnore] public int? DayOfMonth { get; init; }
    [GraphQLIgnore] public bool LastDayOfMonth { get; init; }
    [GraphQLIgnore] public string? CronExpression { get; init; }
    [GraphQLIgnore] public bool BusinessDaysOnly { get; init; }
    [GraphQLIgnore] public DateOnly? StartDate { get; init; }
    [GraphQLIgnore] public DateOnly? EndDate { get; init; }

    /// <summary>The report's parameter values, e.g. { "tutorId": "all" }.</summary>
    public JsonElement Parameters() => JsonDocument.Parse(ParametersJson).RootElement.Clone();

    /// <summary>When it runs.</summary>
    public RecurrenceNode Recurrence() => new(new Schedule
    {
        Name = Name, ReportTypeKey = ReportTypeKey, TimeZoneId = TimeZone, SubjectTemplate = Subject,
        RecurrenceKind = RecurrenceKind, TimeOfDay = TimeOfDay, Weekdays = Weekdays, DayOfMonth = DayOfMonth,
        LastDayOfMonth = LastDayOfMonth, CronExpression = CronExpression, BusinessDaysOnly = BusinessDaysOnly,
        StartDate = StartDate, EndDate = EndDate,
    }.GetRecurrence());

    /// <summary>When a run is sent: always, only with rows, or when a KPI meets a condition.</summary>
    public SendWhenNode SendWhen() => new(new SendCondition(SendWhenKind, SendWhenKpi, SendWhenOperator, SendWhenThreshold));

    /// <summary>Projection from the entity, translated into SQL by EF Core (filters and sorts compose on it).</summary>
    public static Expression<Func<Schedule, ScheduleNode>> Projection { get; } = s => new ScheduleNode
    {
        Key = s.Id, OwnerId = s.OwnerId, Name = s.Name, Description = s.Description, ReportTypeKey = s.ReportTypeKey,
        TimeZone = s.TimeZoneId, Subject = s.SubjectTemplate, Message = s.Message, IsActive = s.IsActive,
        NextRunAt = s.NextRunAt, LastRunAt = s.LastRunAt, CreatedAt = s.CreatedAt, UpdatedAt = s.UpdatedAt,
        Formats = s.Formats, ParametersJson = s.ParametersJson, RecurrenceKind = s.RecurrenceKind, TimeOfDay = s.TimeOfDay,
        Weekdays = s.Weekdays, DayOfMonth = s.DayOfMonth, LastDayOfMonth = s.LastDayOfMonth, CronExpression = s.CronExpression,
        BusinessDaysOnly = s.BusinessDaysOnly, StartDate = s.StartDate, EndDate = s.EndDate,
        ConsecutiveFailures = s.ConsecutiveFailures, PausedReason = s.PausedReason, SendWhenKind = s.SendWhen, SendWhenKpi = s.SendWhenKpi,
        SendWhenOperator = s.SendWhenOperator, SendWhenThreshold = s.SendWhenThreshold,
    };

    private static readonly Func<Schedule, ScheduleNode> Compiled = Projection.Compile();

    /// <summary>The node of an entity in memory.</summary>
    public static ScheduleNode From(Schedule schedule) => Compiled(schedule);
}

/// <summary>When a schedule runs, computed in the schedule's time zone.</summary>
[GraphQLName("Recurrence")]
public sealed class RecurrenceNode(Recurrence rule)
{
    /// <summary>DAILY, WEEKLY, MONTHLY or CRON.</summary>
    public RecurrenceKind Kind => rule.Kind;
    /// <summary>Local time of day as HH:mm (not for cron).</summary>
    public string? TimeOfDay => rule.TimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture);
    /// <summary>Days of a weekly schedule.</summary>
    public IReadOnlyList<DayOfWeek> Weekdays => rule.Weekdays.ToList();
    /// <summary>Day 1–31 of a monthly schedule (29–31 run on the last day of shorter months).</summary>
    public int? DayOfMonth => rule.DayOfMonth;
    /// <summary>Monthly on the last day.</summary>
    public bool LastDayOfMonth => rule.LastDayOfMonth;
    /// <summary>Quartz cron expression with seconds.</summary>
    public string? CronExpression => rule.CronExpression;
    /// <summary>Only Monday to Friday.</summary>
    public bool BusinessDaysOnly => rule.BusinessDaysOnly;
    /// <summary>First day, inclusive.</summary>
    public DateOnly? StartDate => rule.StartDate;
    /// <summary>Last day, inclusive.</summary>
    public DateOnly? EndDate => rule.EndDate;
    /// <summary>In words, e.g. "Every Monday at 08:00".</summary>
    public string Description => RecurrenceDescriber.Describe(rule);
}

/// <summary>When a schedule's runs are sent.</summary>
[GraphQLName("SendWhen")]
public sealed class SendWhenNode(SendCondition condition)
{
    /// <summary>ALWAYS, HAS_ROWS or KPI.</summary>
    public SendWhenKind Kind => condition.Kind;
    /// <summary>For KPI: the KPI's key, e.g. "payersFlagged".</summary>
    public string? Kpi => condition.Kpi;
    /// <summary>For KPI: how the value is compared.</summary>
    public KpiOperator? Operator => condition.Operator;
    /// <summary>For KPI: the number the value is compared with.</summary>
    public double? Threshold => condition.Threshold;
    /// <summary>In words, e.g. "only when payersFlagged &gt; 0".</summary>
    public string Description => condition.Describe();
}
