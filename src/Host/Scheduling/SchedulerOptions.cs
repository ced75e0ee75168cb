using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.Scheduling;

/// <summary>Configuration section <c>Scheduler</c>.</summary>
public sealed class SchedulerOptions
{
    /// <summary>Whether this node fires schedules (a node may only serve the API).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// An occurrence missed while the service was down still runs (once) on start when it is at most this old;
    /// older ones are recorded as Missed. Never more than one catch-up run per schedule.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Scheduler:MisfireGrace must be from 00:00:00 to 7.00:00:00.")]
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most missed occurrences recorded for one schedule after a long outage (the rest are summarised in the log).</summary>
    [Range(1, 10_000, ErrorMessage = "Scheduler:MaxMissedRecorded must be from 1 to 10000.")]
    public int MaxMissedRecorded { get; set; } = 100;

    /// <summary>When handling a due occurrence fails (e.g. the store is briefly unavailable), how long until the schedule fires again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Scheduler:RetryDelay must be from 00:00:00.100 to 01:00:00.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
