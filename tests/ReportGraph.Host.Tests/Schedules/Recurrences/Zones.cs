using System.Globalization;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>Time zones and readable instants for the calendar tests.</summary>
internal static class Zones
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    public static readonly TimeZoneInfo Sydney = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");

    public static TimeZoneInfo ById(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    /// <summary>An unambiguous, existing local reading ("2026-03-29 01:00[:ss]") in the zone as an instant.</summary>
    public static DateTimeOffset At(this TimeZoneInfo zone, string localReading)
    {
        var reading = DateTime.ParseExact(localReading, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None);
        Assert.False(zone.IsInvalidTime(reading), $"{localReading} does not exist in {zone.Id}");
        Assert.False(zone.IsAmbiguousTime(reading), $"{localReading} is ambiguous in {zone.Id}; use Utc(...)");
        return new DateTimeOffset(reading, zone.GetUtcOffset(reading));
    }

    /// <summary>An instant given in UTC ("2026-10-25 00:30[:ss]").</summary>
    public static DateTimeOffset Utc(string utcReading) =>
        new(DateTime.ParseExact(utcReading, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None), TimeSpan.Zero);

    /// <summary>Local reading plus offset, which is what a person checks: "2026-03-29 03:00:00 +02:00".</summary>
    public static string Show(this DateTimeOffset? instant) =>
        instant is { } value ? value.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) : "(none)";

    /// <summary>See <see cref="Show(DateTimeOffset?)"/>.</summary>
    public static string Show(this DateTimeOffset instant) => ((DateTimeOffset?)instant).Show();
}
