using ReportGraph.Host.Schedules.Recurrences;

namespace ReportGraph.Host.Tests.Schedules.Recurrences;

/// <summary>
/// Property-style: for many instants (dense around DST transitions) and many rules, Next is strictly later than its
/// input, is the first run of Between, and no run is skipped between consecutive calls.
/// </summary>
public sealed class NeverAtOrBeforeInputTests
{
    private static readonly Recurrence[] Rules =
    [
        Recurrence.Daily(new TimeOnly(2, 30)),
        Recurrence.Daily(new TimeOnly(0, 0)) with { BusinessDaysOnly = true },
        Recurrence.Weekly(new TimeOnly(1, 30), DayOfWeek.Sunday, DayOfWeek.Monday),
        Recurrence.Monthly(31, new TimeOnly(2, 0)),
        Recurrence.MonthlyOnLastDay(new TimeOnly(23, 59, 59)) with { BusinessDaysOnly = true },
        Recurrence.Cron("0 0/20 * * * ?"),
        Recurrence.Cron("30 30 1-3 * * ?"),
    ];

    public static TheoryData<string> ZoneIds => new() { "Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC" };

    [Theory]
    [MemberData(nameof(ZoneIds))]
    public void Next_is_always_strictly_after_the_input(string zoneId)
    {
        var zone = Zones.ById(zoneId);
        var random = new Random(20261121);
        var instants = new List<DateTimeOffset>();

        // Every 7 minutes (plus odd seconds) through each 2026 transition day, and random instants over two years.
        foreach (var transitionDay in new[] { "2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04", "2026-10-25", "2026-11-01" })
        {
            var start = Zones.Utc($"{transitionDay} 00:00").AddHours(-14);
            for (var minutes = 0; minutes < 40 * 60; minutes += 7)
            {
                instants.Add(start.AddMinutes(minutes).AddSeconds(minutes % 60));
            }
        }

        for (var i = 0; i < 300; i++)
        {
            instants.Add(Zones.Utc("2026-01-01 00:00").AddSeconds(random.NextInt64(0, 2L * 365 * 24 * 3600)));
        }

        foreach (var rule in Rules)
        {
            foreach (var instant in instants)
            {
                var next = RecurrenceCalendar.Next(rule, zone, instant);

                Assert.NotNull(next);
                Assert.True(next > instant, $"{rule.Kind} {rule.CronExpression}: Next({instant:O}) = {next:O} in {zoneId}");
                Assert.Equal(zone.GetUtcOffset(next!.Value), next.Value.Offset);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ZoneIds))]
    public void Chained_next_calls_are_strictly_increasing_and_match_between(string zoneId)
    {
        var zone = Zones.ById(zoneId);
        foreach (var rule in Rules)
        {
            var from = Zones.Utc("2025-12-25 00:00");
            var to = Zones.Utc("2027-01-05 00:00");
            var chained = new List<DateTimeOffset>();
            for (var cursor = RecurrenceCalendar.Next(rule, zone, from); cursor is { } c && c <= to; cursor = RecurrenceCalendar.Next(rule, zone, c))
            {
                Assert.True(chained.Count == 0 || c > chained[^1]);
                chained.Add(c);
            }

            Assert.Equal(chained, RecurrenceCalendar.Between(rule, zone, from, to));

            // Asking from one second before a run finds that run: nothing is skipped.
            foreach (var run in chained.Where((_, i) => i % 5 == 0))
            {
                Assert.Equal(run, RecurrenceCalendar.Next(rule, zone, run.AddSeconds(-1)));
            }
        }
    }
}
