using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Schedules.Recurrences;

/// <summary>
/// The period a run reports on, in the schedule's zone: daily → the previous local day; weekly → the 7 local days
/// before the run's date; monthly → the previous calendar month; cron → from the previous occurrence (or one local
/// day back) to this one. The bounds are local midnights turned into instants with the same DST rules as the
/// calendar, so a period holding a DST change is 23 or 25 hours long per day affected, never shifted.
/// </summary>
public static class ReportingPeriods
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The period covered by the run at <paramref name="occurrence"/>.</summary>
    /// <param name="recurrence">The schedule's recurrence; only its kind matters.</param>
    /// <param name="zone">The schedule's time zone.</param>
    /// <param name="occurrence">The instant the run was scheduled for (or requested, for manual runs).</param>
    /// <param name="previousOccurrence">The previous scheduled run; used by cron recurrences only.</param>
    /// <exception cref="ArgumentException"><paramref name="previousOccurrence"/> is not before <paramref name="occurrence"/>.</exception>
    public static ReportPeriod For(Recurrence recurrence, TimeZoneInfo zone, DateTimeOffset occurrence, DateTimeOffset? previousOccurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        ArgumentNullException.ThrowIfNull(zone);
        var runDate = DateOnly.FromDateTime(ZonedWallClock.ToLocalReading(occurrence, zone));
        return recurrence.Kind switch
        {
            RecurrenceKind.Daily => Day(runDate.AddDays(-1), zone),
            RecurrenceKind.Weekly => Week(runDate.AddDays(-7), zone),
            RecurrenceKind.Monthly => Month(new DateOnly(runDate.Year, runDate.Month, 1).AddMonths(-1), zone),
            RecurrenceKind.Cron => Since(previousOccurrence, occurrence, zone),
            _ => throw new ArgumentOutOfRangeException(nameof(recurrence), recurrence.Kind, "Unknown recurrence kind."),
        };
    }

    /// <summary>
    /// The last complete period of the recurrence before <paramref name="requestedAt"/>, for manual and test runs:
    /// daily → yesterday; weekly → the last full Monday–Sunday week; monthly → the last full calendar month; cron → as a
    /// scheduled run at that instant (from the previous occurrence, or one day back), since a cron rule has no calendar unit.
    /// </summary>
    /// <param name="recurrence">The schedule's recurrence; only its kind matters.</param>
    /// <param name="zone">The schedule's time zone.</param>
    /// <param name="requestedAt">When the run was requested.</param>
    /// <param name="previousOccurrence">The previous scheduled run; used by cron recurrences only.</param>
    public static ReportPeriod LastComplete(Recurrence recurrence, TimeZoneInfo zone, DateTimeOffset requestedAt, DateTimeOffset? previousOccurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        ArgumentNullException.ThrowIfNull(zone);
        if (recurrence.Kind != RecurrenceKind.Weekly)
        {
            return For(recurrence, zone, requestedAt, previousOccurrence);
        }

        // A scheduled weekly run covers the 7 days before it; asked on a Wednesday that is two half weeks, so a manual
        // run takes the last week that has ended instead.
        var today = DateOnly.FromDateTime(ZonedWallClock.ToLocalReading(requestedAt, zone));
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return Week(thisMonday.AddDays(-7), zone);
    }

    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone) =>
        ZonedWallClock.ToInstant(date.ToDateTime(TimeOnly.MinValue), zone);

    private static ReportPeriod Day(DateOnly day, TimeZoneInfo zone) =>
        new(Midnight(day, zone), Midnight(day.AddDays(1), zone), DayLabel(day));

    private static string DayLabel(DateOnly day) => day.ToString("dddd d MMMM yyyy", English);

    private static ReportPeriod Week(DateOnly first, TimeZoneInfo zone)
    {
        var last = first.AddDays(6);
        var label = first.DayOfWeek == DayOfWeek.Monday
            ? $"Week {ISOWeek.GetWeekOfYear(first.ToDateTime(TimeOnly.MinValue))}, {ISOWeek.GetYear(first.ToDateTime(TimeOnly.MinValue))} ({Span(first, last, withYear: false)})"
            : Span(first, last, withYear: true);
        return new(Midnight(first, zone), Midnight(first.AddDays(7), zone), label);
    }

    /// <summary>"16–22 Nov", "30 Nov – 6 Dec", "28 Dec 2026 – 3 Jan 2027"; with the year at the end when asked.</summary>
    private static string Span(DateOnly first, DateOnly last, bool withYear)
    {
        var year = withYear ? " " + last.Year.ToString(English) : "";
        if (first.Year != last.Year)
        {
            return $"{first.ToString("d MMM yyyy", English)} – {last.ToString("d MMM yyyy", English)}";
        }

        return first.Month == last.Month
            ? $"{first.Day}–{last.ToString("d MMM", English)}{year}"
            : $"{first.ToString("d MMM", English)} – {last.ToString("d MMM", English)}{year}";
    }

    private static ReportPeriod Month(DateOnly first, TimeZoneInfo zone) =>
        new(Midnight(first, zone), Midnight(first.AddMonths(1), zone), first.ToString("MMMM yyyy", English));

    private static ReportPeriod Since(DateTimeOffset? previous, DateTimeOffset occurrence, TimeZoneInfo zone)
    {
        var end = TimeZoneInfo.ConvertTime(occurrence, zone);
        var start = previous is { } p
            ? TimeZoneInfo.ConvertTime(p, zone)
            : ZonedWallClock.ToInstant(ZonedWallClock.ToLocalReading(occurrence, zone).AddDays(-1), zone);
        if (start >= end)
        {
#pragma warning disable CA2208 // the name is the public Of(...) parameter's, which this private helper checks
            throw new ArgumentException(
                $"previousOccurrence {start:O} must be before occurrence {end:O}.", "previousOccurrence");
#pragma warning restore CA2208
        }

        var startDay = DateOnly.FromDateTime(start.DateTime);
        if (start.TimeOfDay == TimeSpan.Zero && end == Midnight(startDay.AddDays(1), zone))
        {
            return new(start, end, DayLabel(startDay));
        }

        var label = startDay == DateOnly.FromDateTime(end.DateTime)
            ? $"{start.ToString("d MMM yyyy HH:mm", English)}–{end.ToString("HH:mm", English)}"
            : $"{start.ToString("d MMM yyyy HH:mm", English)} – {end.ToString("d MMM yyyy HH:mm", English)}";
        return new(start, end, label);
    }
}
