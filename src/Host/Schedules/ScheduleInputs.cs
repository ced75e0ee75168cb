using System.Text.Json;
using ReportGraph.Abstractions;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Schedules;

/// <summary>When a schedule runs. Which fields apply depends on <see cref="Kind"/>; leave the others null.</summary>
/// <param name="Kind">DAILY, WEEKLY, MONTHLY or CRON.</param>
/// <param name="TimeOfDay">Local time of day in the schedule's time zone, e.g. `"08:00"` (daily, weekly, monthly).</param>
/// <param name="Weekdays">Days of a weekly schedule, e.g. `[MONDAY, THURSDAY]`.</param>
/// <param name="DayOfMonth">Day 1–31 of a monthly schedule; 29–31 run on the last day of shorter months.</param>
/// <param name="LastDayOfMonth">Monthly on the last day of every month instead of a day number.</param>
/// <param name="CronExpression">Quartz cron with seconds, e.g. "0 30 7 ? * MON-FRI" (07:30 on weekdays).</param>
/// <param name="BusinessDaysOnly">Only Monday to Friday.</param>
/// <param name="StartDate">First day (inclusive) in the schedule's time zone.</param>
/// <param name="EndDate">Last day (inclusive) in the schedule's time zone.</param>
public sealed record RecurrenceInput(
    RecurrenceKind Kind,
    TimeOnly? TimeOfDay = null,
    IReadOnlyList<DayOfWeek>? Weekdays = null,
    int? DayOfMonth = null,
    bool? LastDayOfMonth = null,
    string? CronExpression = null,
    bool? BusinessDaysOnly = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null);

/// <summary>Someone to send a schedule's emails to.</summary>
/// <param name="Email">The address, e.g. "ada@example.org".</param>
/// <param name="DisplayName">Optional name used in the greeting.</param>
/// <param name="Parameters">
/// This reader's own parameter values as a JSON object, overriding the schedule's for them only, for example a tutorId;
/// checked like the schedule's. A schedule with such recipients is personalised: each distinct set of values is generated
/// once and every reader gets only the report of their own set.
/// </param>
public sealed record RecipientInput(string Email, string? DisplayName = null, JsonElement? Parameters = null);

/// <summary>Everything a new schedule needs.</summary>
public sealed record CreateScheduleInput
{
    /// <summary>A name people recognise, e.g. "Tutor weekly — all tutors".</summary>
    public required string Name { get; init; }
    /// <summary>Optional longer description.</summary>
    public string? Description { get; init; }
    /// <summary>Key of the report type, e.g. "tutor-weekly" (see <c>reportTypes</c>).</summary>
    public required string ReportType { get; init; }
    /// <summary>Parameter values by name as a JSON object, e.g. `{ tutorId: "all" }`; defaults fill the rest.</summary>
    public JsonElement? Parameters { get; init; }
    /// <summary>When it runs.</summary>
    public required RecurrenceInput Recurrence { get; init; }
    /// <summary>IANA time zone id, e.g. "Europe/Berlin" or "America/New_York".</summary>
    public required string TimeZone { get; init; }
    /// <summary>Files to attach; at least one, each supported by the report type.</summary>
    public required IReadOnlyList<ReportFormat> Formats { get; init; }
    /// <summary>Email subject with placeholders, e.g. "{{name}} — {{period}}". Default "{{report}} — {{period}}".</summary>
    public string? Subject { get; init; }
    /// <summary>Optional message shown at the top of every email.</summary>
    public string? Message { get; init; }
    /// <summary>At least one recipient.</summary>
    public required IReadOnlyList<RecipientInput> Recipients { get; init; }
    /// <summary>Slack, Teams or signed JSON webhooks to post every run to, besides the emails (at most 10).</summary>
    public IReadOnlyList<WebhookInput>? Webhooks { get; init; }
    /// <summary>Start paused when false. Default true.</summary>
    public bool? IsActive { get; init; }
    /// <summary>When a run is sent: ALWAYS (default), HAS_ROWS, or KPI with a condition, e.g. `{ kind: KPI, kpi: "payersFlagged", operator: GT, threshold: 0 }`.</summary>
    public SendWhenInput? SendWhen { get; init; }
}

/// <summary>Changes to a schedule: fields left null keep their value.</summary>
public sealed record ScheduleChangesInput
{
    /// <summary>New name.</summary>
    public string? Name { get; init; }
    /// <summary>New description (empty text clears it).</summary>
    public string? Description { get; init; }
    /// <summary>New parameter values (replace all; defaults fill the rest).</summary>
    public JsonElement? Parameters { get; init; }
    /// <summary>New recurrence; the next run is recomputed.</summary>
    public RecurrenceInput? Recurrence { get; init; }
    /// <summary>New IANA time zone id; the next run is recomputed.</summary>
    public string? TimeZone { get; init; }
    /// <summary>New formats.</summary>
    public IReadOnlyList<ReportFormat>? Formats { get; init; }
    /// <summary>New subject template.</summary>
    public string? Subject { get; init; }
    /// <summary>New message (empty text clears it).</summary>
    public string? Message { get; init; }
    /// <summary>New send condition, e.g. `{ kind: ALWAYS }` to send every run again.</summary>
    public SendWhenInput? SendWhen { get; init; }
}
