namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>
/// Turns local wall-clock readings of a time zone into instants, applying the DST rules of SPEC §4:
/// a reading inside a spring-forward gap maps to the first instant after the gap, and a reading that occurs twice
/// (fall back) maps to its first occurrence.
/// </summary>
internal static class ZonedWallClock
{
    /// <summary>The instant a local reading stands for, expressed with the zone's offset at that instant.</summary>
    public static DateTimeOffset ToInstant(DateTime localReading, TimeZoneInfo zone)
    {
        var reading = DateTime.SpecifyKind(localReading, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(reading))
        {
            return FirstInstantAfterGap(reading, zone);
        }

        if (zone.IsAmbiguousTime(reading))
        {
            // The larger offset belongs to the earlier pass (e.g. CEST before CET), so it names the first occurrence.
            var offsets = zone.GetAmbiguousTimeOffsets(reading);
            return new DateTimeOffset(reading, offsets.Max());
        }

        return new DateTimeOffset(reading, zone.GetUtcOffset(reading));
    }

    /// <summary>The local wall-clock reading of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateTime ToLocalReading(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>
    /// The first instant whose reading lies past <paramref name="reading"/>, i.e. the moment the clocks jumped to.
    /// Found by bisection over whole seconds (zone transitions fall on whole seconds), because
    /// <see cref="TimeZoneInfo"/> does not expose the transition instant directly.
    /// </summary>
    private static DateTimeOffset FirstInstantAfterGap(DateTime reading, TimeZoneInfo zone)
    {
        // UTC offsets lie within -12h..+14h, so these bounds read before and after the gap respectively.
        var asUtc = new DateTimeOffset(reading, TimeSpan.Zero);
        var low = asUtc.AddHours(-15).ToUnixTimeSeconds();   // reading there is < reading
        var high = asUtc.AddHours(13).ToUnixTimeSeconds();   // reading there is > reading
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            var middleReading = ToLocalReading(DateTimeOffset.FromUnixTimeSeconds(middle), zone);
            if (middleReading > reading)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(high), zone);
    }
}
