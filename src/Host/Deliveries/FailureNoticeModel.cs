using System.Globalization;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>A recipient whose email of the execution failed, with the server's last reply.</summary>
public sealed record FailedRecipient(string Email, string? Reply);

/// <summary>What a failure notice shows; wording shared by the HTML template and the plain text.</summary>
public sealed record FailureNoticeModel(FailureNotice Notice, Uri ExecutionUrl, string ExecutionGlobalId, IReadOnlyList<FailedRecipient> FailedRecipients)
{
    /// <summary>The subject, e.g. "Report failed: Payer drift — Week 48, 2026 (schedule paused)".</summary>
    public string Subject =>
        $"{(Notice.Status == ExecutionStatus.Partial ? "Report partly delivered" : "Report failed")}: {Notice.ScheduleName}"
        + (Notice.PeriodLabel is { } period ? $" — {period}" : "")
        + (Notice.Paused ? " (schedule paused)" : "");

    /// <summary>Hello line.</summary>
    public string Greeting => string.IsNullOrWhiteSpace(Notice.OwnerName) ? "Hello," : $"Hello {Notice.OwnerName.Trim()},";

    /// <summary>The first sentence: what happened.</summary>
    public string Summary => Notice.Status == ExecutionStatus.Partial
        ? $"the {Run} of your schedule \"{Notice.ScheduleName}\" was generated, but {FailedRecipients.Count} recipient(s) did not receive it."
        : $"the {Run} of your schedule \"{Notice.ScheduleName}\" failed: no one received it.";

    /// <summary>Pausing: done now, or how far away.</summary>
    public string? PauseText => Notice.Paused
        ? $"It failed {Notice.ConsecutiveFailures} times in a row, so the schedule has been paused (Schedules:PauseAfterFailures is {Notice.PauseAfterFailures}). Fix the cause, then resume it (resumeSchedule); until then it does not run."
        // A run now of a schedule that is already paused counts on, but there is nothing left to pause.
        : Notice.Status == ExecutionStatus.Failed && Notice.ConsecutiveFailures < Notice.PauseAfterFailures
            ? $"This is failure {Notice.ConsecutiveFailures} in a row; after {Notice.PauseAfterFailures} the schedule pauses itself."
            : null;

    /// <summary>The footer's explanation.</summary>
    public string Why => $"You receive this email because you ({Notice.OwnerEmail}) own the schedule \"{Notice.ScheduleName}\".";

    private string Run => Notice.Trigger switch
    {
        ExecutionTrigger.Manual => "run started by hand at " + When,
        _ => "run scheduled for " + When,
    } + (Notice.PeriodLabel is { } period ? $" ({period})" : "");

    private string When => Notice.ScheduledFor.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>The plain-text alternative.</summary>
    public string ToText()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Greeting).Append("\n\n").Append(Summary).Append("\n\n");
        if (Notice.Error is { } error)
        {
            text.Append("Error: ").Append(error).Append("\n\n");
        }

        if (FailedRecipients.Count > 0)
        {
            text.Append("Recipients not reached:\n");
            foreach (var r in FailedRecipients)
            {
                text.Append("- ").Append(r.Email).Append(r.Reply is null ? "" : ": " + r.Reply).Append('\n');
            }

            text.Append('\n');
        }

        if (PauseText is { } pause)
        {
            text.Append(pause).Append("\n\n");
        }

        text.Append("Details of the execution: ").Append(ExecutionUrl.AbsoluteUri).Append('\n')
            .Append("(GraphQL: node(id: \"").Append(ExecutionGlobalId).Append("\"))\n\n")
            .Append("-- \n").Append(Why).Append('\n');
        return text.ToString();
    }
}
