namespace ReportGraph.Host.Schedules;

/// <summary>Someone who receives a schedule's emails; needs no account.</summary>
public sealed class Recipient
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ScheduleId { get; set; }
    public Schedule? Schedule { get; set; }
    public required string Email { get; set; }
    /// <summary>Upper-cased email; unique per schedule.</summary>
    public required string NormalizedEmail { get; set; }
    public string? DisplayName { get; set; }
    public bool IsSubscribed { get; set; } = true;
    /// <summary>Unguessable (256-bit, base64url) and single-purpose: it only (un)subscribes this recipient.</summary>
    public required string UnsubscribeToken { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset? UnsubscribedAt { get; set; }
    /// <summary>
    /// This reader's own parameter values as a JSON object (only the names they override), or null when they get the
    /// schedule's report. A schedule with any such recipient is personalised: one report per distinct parameter set.
    /// </summary>
    public string? ParametersJson { get; set; }
}
