namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>
/// A validated recurrence ready to search: its wall-clock rule plus the start/end date bounds, and the loop that
/// maps readings to instants and skips the ones that are not strictly after the input (fall-back replays).
/// </summary>
internal sealed class OccurrenceSearch
{
    // A fall-back replays at most a few hours of readings; even an every-second cron skips far fewer than this.
    private const int MaxSkippedReadings = 1_000_000;

    private readonly IWallClockRule _rule;
    private readonly DateOnly? _startDate;
    private readonly DateOnly? _endDate;

    private OccurrenceSearch(IWallClockRule rule, DateOnly? startDate, DateOnly? endDate)
    {
        _rule = rule;
        _startDate = startDate;
        _endDate = endDate;
    }

    /// <summary>Builds the search, or throws <see cref="ArgumentException"/> listing every rule problem.</summary>
    public static OccurrenceSearch For(Recurrence recurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var problems = RecurrenceValidator.ValidateRule(recurrence);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "Invalid recurrence: " + string.Join(" ", problems.Select(p => p.Message)), nameof(recurrence));
        }

        return new OccurrenceSearch(WallClockRules.For(recurrence), recurrence.StartDate, recurrence.EndDate);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null.</summary>
    public DateTimeOffset? Next(TimeZoneInfo zone, DateTimeOffset after)
    {
        try
        {
            return Search(zone, after);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The next reading lies beyond year 9999 (asked near DateTimeOffset.MaxValue): there is none.
            return null;
        }
    }

    private DateTimeOffset? Search(TimeZoneInfo zone, DateTimeOffset after)
    {
        var reading = ZonedWallClock.ToLocalReading(after, zone);
        if (_startDate is { } start && reading < start.ToDateTime(TimeOnly.MinValue))
        {
            // Just before the start date's midnight, so a run at 00:00:00 on the start date is still found.
            reading = start.ToDateTime(TimeOnly.MinValue).AddTicks(-1);
        }

        for (var skipped = 0; skipped < MaxSkippedReadings; skipped++)
        {
            if (_rule.NextReading(reading) is not { } candidate)
            {
                return null;
            }

            if (_endDate is { } end && DateOnly.FromDateTime(candidate) > end)
            {
                return null;
            }

            var instant = ZonedWallClock.ToInstant(candidate, zone);
            if (instant > after)
            {
                return instant;
            }

            // The reading exists later than 'after' but its first occurrence (fall-back) or gap end does not.
            reading = candidate;
        }

        throw new InvalidOperationException($"No occurrence found after skipping {MaxSkippedReadings} readings.");
    }
}
