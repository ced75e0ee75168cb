using Microsoft.Extensions.Logging;

namespace ReportGraph.Abstractions;

/// <summary>Everything a report needs to produce one run.</summary>
public sealed class ReportRequest
{
    /// <summary>Validated parameter values.</summary>
    public required ReportParameterValues Parameters { get; init; }

    /// <summary>The reporting period this run covers.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The schedule's time zone; dates shown to people are in this zone.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>The instant the run was scheduled for (or requested, for manual runs).</summary>
    public required DateTimeOffset ScheduledFor { get; init; }

    /// <summary>The recipient, when the report is personalised per recipient; otherwise null.</summary>
    public ReportRecipient? Recipient { get; init; }

    /// <summary>Named ADO.NET data sources the host offers.</summary>
    public required IReportDataSources DataSources { get; init; }

    /// <summary>Logger whose entries are attributed to this report type.</summary>
    public required ILogger Logger { get; init; }

    /// <summary>Further services the host offers (e.g. <see cref="TimeProvider"/>).</summary>
    public required IServiceProvider Services { get; init; }
}

/// <summary>A person a report is addressed to.</summary>
/// <param name="Email">The email address.</param>
/// <param name="DisplayName">Optional name for greetings.</param>
public sealed record ReportRecipient(string Email, string? DisplayName);

/// <summary>
/// A half-open reporting period [<paramref name="Start"/>, <paramref name="End"/>) in the schedule's time zone.
/// </summary>
/// <param name="Start">First instant included.</param>
/// <param name="End">First instant no longer included.</param>
/// <param name="Label">Human label, e.g. "Week 46, 2026" or "November 2026".</param>
public sealed record ReportPeriod(DateTimeOffset Start, DateTimeOffset End, string Label)
{
    /// <summary>The first local date of the period.</summary>
    public DateOnly StartDate => DateOnly.FromDateTime(Start.DateTime);

    /// <summary>The last local date included in the period.</summary>
    public DateOnly EndDateInclusive => DateOnly.FromDateTime(End.DateTime).AddDays(End.TimeOfDay == TimeSpan.Zero ? -1 : 0);
}
