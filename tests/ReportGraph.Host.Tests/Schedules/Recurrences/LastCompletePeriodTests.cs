using ReportGraph.Abstractions;
using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>Manual and test runs cover the last complete period of the recurrence, whatever day they are asked on.</summary>
public sealed class LastCompletePeriodTests
{
    private static readonly TimeZoneInfo Berlin = Zones.Berlin;

    private static string Show(ReportPeriod period) => $"{period.Start.Show()} .. {period.End.Show()} | {period.Label}";

    [Theory]
    [InlineData("2026-11-18 15:00")] // Wednesday
    [InlineData("2026-11-16 00:30")] // Monday just after midnight
    [InlineData("2026-11-22 23:59")] // Sunday night: this week has not ended yet
    public void Weekly_covers_the_last_full_monday_to_sunday_week(string requestedAt)
    {
        var weekly = Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Wednesday);

        var period = ReportingPeriods.LastComplete(weekly, Berlin, Berlin.At(requestedAt), null);

        Assert.Equal("2026-11-09 00:00:00 +01:00 .. 2026-11-16 00:00:00 +01:00 | Week 46, 2026 (9–15 Nov)", Show(period));
    }

    [Fact]
    public void Daily_and_monthly_cover_yesterday_and_the_last_full_month()
    {
        var daily = ReportingPeriods.LastComplete(Recurrence.Daily(new TimeOnly(8, 0)), Berlin, Berlin.At("2026-11-18 15:00"), null);
        var monthly = ReportingPeriods.LastComplete(Recurrence.Monthly(15, new TimeOnly(8, 0)), Berlin, Berlin.At("2026-11-18 15:00"), null);

        Assert.Equal("2026-11-17 00:00:00 +01:00 .. 2026-11-18 00:00:00 +01:00 | Tuesday 17 November 2026", Show(daily));
        Assert.Equal("2026-10-01 00:00:00 +02:00 .. 2026-11-01 00:00:00 +01:00 | October 2026", Show(monthly));
    }
}
