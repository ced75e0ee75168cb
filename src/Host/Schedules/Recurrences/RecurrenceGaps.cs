namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>How close together a recurrence's runs can come.</summary>
public static class RecurrenceGaps
{
    // Enough readings to cover whole days of a frequent cron and their midnight transitions; a rule whose first
    // readings are all far apart is checked over these many readings or two years, whichever ends first.
    private const int MaxReadings = 5_000;
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(2 * 366);

    /// <summary>
    /// A gap between two consecutive runs shorter than <paramref name="minimum"/>, on the wall clock, looked for from
    /// <paramref name="from"/> on; null when there is none. Daily, weekly and monthly rules run once a day at most.
    /// </summary>
    public static TimeSpan? FindGapShorterThan(Recurrence recurrence, DateTime from, TimeSpan minimum)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        if (recurrence.Kind != RecurrenceKind.Cron || minimum <= TimeSpan.Zero)
        {
            return null;
        }

        // Without the start/end dates: a rule that floods later is refused now, not when its start date comes.
        var rule = WallClockRules.For(recurrence with { StartDate = null, EndDate = null });
        var end = from + Horizon;
        var previous = rule.NextReading(from);
        for (var i = 0; i < MaxReadings && previous is { } p && p < end; i++)
        {
            var next = rule.NextReading(p);
            if (next is null) return null;
            if (next.Value - p < minimum) return next.Value - p;
            previous = next;
        }

        return null;
    }
}
