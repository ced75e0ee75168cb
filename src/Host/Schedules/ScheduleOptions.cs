using System.ComponentModel.DataAnnotations;

namespace ReportGraph.Host.Schedules;

/// <summary>Configuration section <c>Schedules</c>.</summary>
public sealed class ScheduleOptions
{
    /// <summary>
    /// The shortest time members' schedules may leave between two runs (a flood guard: a cron firing every second to
    /// 500 recipients). Administrators are not bound by it. 00:00:00 turns the check off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Schedules:MinimumInterval must be from 00:00:00 to 1.00:00:00, e.g. 00:15:00.")]
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// After this many failed runs in a row a schedule pauses itself and its owner is told (a success resets the
    /// count); 0 never pauses.
    /// </summary>
    [Range(0, 1000, ErrorMessage = "Schedules:PauseAfterFailures must be from 0 (never pause) to 1000, e.g. 5.")]
    public int PauseAfterFailures { get; set; } = 5;
}
