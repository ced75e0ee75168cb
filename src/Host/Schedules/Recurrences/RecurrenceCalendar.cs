namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>
/// Computes when a <see cref="Recurrence"/> runs, in the schedule's time zone (SPEC §4). Occurrences are found as
/// local wall-clock readings first and only then turned into instants, so DST is handled in one place for every
/// kind, cron included: a reading inside a spring-forward gap runs at the first instant after the gap (02:30 on a
/// Berlin spring-forward Sunday runs at 03:00 CEST), and a reading that occurs twice runs once, at its first
/// occurrence. Several readings swallowed by one gap collapse into a single run at the gap's end.
/// </summary>
public static class RecurrenceCalendar
{
    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/>, expressed with the zone's offset;
    /// null when there is none (the end date has passed, or the cron expression never fires again).
    /// </summary>
    /// <exception cref="ArgumentException">The recurrence is invalid (see <see cref="RecurrenceValidator.ValidateRule"/>).</exception>
    public static DateTimeOffset? Next(Recurrence recurrence, TimeZoneInfo zone, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return OccurrenceSearch.For(recurrence).Next(zone, after);
    }

    /// <summary>
    /// The occurrences in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>], in order, computed lazily
    /// one at a time (an every-second cron over a year is fine to enumerate partially).
    /// </summary>
    /// <exception cref="ArgumentException">The recurrence is invalid (thrown when enumeration starts).</exception>
    public static IEnumerable<DateTimeOffset> Between(
        Recurrence recurrence, TimeZoneInfo zone, DateTimeOffset fromExclusive, DateTimeOffset toInclusive)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        ArgumentNullException.ThrowIfNull(zone);
        return Enumerate(recurrence, zone, fromExclusive, toInclusive);
    }

    private static IEnumerable<DateTimeOffset> Enumerate(
        Recurrence recurrence, TimeZoneInfo zone, DateTimeOffset fromExclusive, DateTimeOffset toInclusive)
    {
        var search = OccurrenceSearch.For(recurrence);
        var cursor = fromExclusive;
        while (search.Next(zone, cursor) is { } next && next <= toInclusive)
        {
            yield return next;
            cursor = next;
        }
    }
}
