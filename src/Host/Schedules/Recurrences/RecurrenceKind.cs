namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>How a schedule repeats.</summary>
public enum RecurrenceKind
{
    /// <summary>Every day at <see cref="Recurrence.TimeOfDay"/>.</summary>
    Daily,

    /// <summary>On each of <see cref="Recurrence.Weekdays"/> at <see cref="Recurrence.TimeOfDay"/>.</summary>
    Weekly,

    /// <summary>On <see cref="Recurrence.DayOfMonth"/> (or the last day) of every month at <see cref="Recurrence.TimeOfDay"/>.</summary>
    Monthly,

    /// <summary>At the times a Quartz cron expression (with a seconds field) names.</summary>
    Cron,
}
