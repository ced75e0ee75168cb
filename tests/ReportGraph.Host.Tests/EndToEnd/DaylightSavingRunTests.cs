using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Scheduling;
using ReportGraph.Host.Tests.EndToEnd.Support;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// The occurrence handler and execution queue on the real store, driven by a FakeTimeProvider through the two DST
/// changes of Europe/Berlin in 2026 (29 March: 02:00 → 03:00; 25 October: 03:00 → 02:00). The clock steps every
/// 5 minutes and "fires" whenever the schedule is due, as Quartz would.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DaylightSavingRunTests(TestPlugins plugins, DaylightSavingRunTests.Host shared) : IClassFixture<DaylightSavingRunTests.Host>
{
    /// <summary>No scheduler and a worker that does not come round: the test alone decides when things are due.</summary>
    public sealed class Host : SharedHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Executions:PollInterval"] = "00:10:00",
        };
    }

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task An_occurrence_at_a_local_time_that_does_not_exist_runs_once_at_three_oclock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));
        var (host, schedule, handler) = await DailyAt0230Async(clock);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), schedule.NextRunAt); // 03:00 CEST

        await FireWhenDueUntilAsync(clock, handler, host, schedule.Id, new DateTimeOffset(2026, 3, 30, 12, 0, 0, TimeSpan.Zero));

        var runs = await ScheduledRunsAsync(host, schedule.Id);
        Assert.Equal(
            new[] { new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 0, 30, 0, TimeSpan.Zero) },
            runs.Select(e => e.ScheduledFor));
        Assert.Equal(new[] { "2026-03-29 03:00", "2026-03-30 02:30" }, runs.Select(e => Local(e.ScheduledFor)));
        Assert.DoesNotContain(runs, e => e.Status == ExecutionStatus.Missed);
    }

    [Fact]
    public async Task An_occurrence_in_the_repeated_hour_runs_once()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        var (host, schedule, handler) = await DailyAt0230Async(clock);

        await FireWhenDueUntilAsync(clock, handler, host, schedule.Id, new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.Zero));

        var runs = await ScheduledRunsAsync(host, schedule.Id);
        Assert.Equal(2, runs.Count);
        // 25 October: one run at 02:30 (the first of the two 02:30s, 00:30 UTC), not a second one an hour later.
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), runs[0].ScheduledFor);
        Assert.Equal(new[] { "2026-10-25 02:30", "2026-10-26 02:30" }, runs.Select(e => Local(e.ScheduledFor)));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), runs[1].ScheduledFor); // 02:30 CET
    }

    [Fact]
    public async Task Two_scheduler_instances_firing_the_same_occurrence_make_one_execution()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var (host, schedule, _) = await DailyAt0230Async(clock);
        // Two nodes: each its own handler and queue (own wake-up signal), the same store.
        var nodeA = NewHandler(host, clock);
        var nodeB = NewHandler(host, clock);
        // FakeTimeProvider keeps the offset it is given (the hand-written clock turned it into UTC): hand it UTC.
        clock.SetUtcNow(schedule.NextRunAt!.Value.ToUniversalTime().AddMilliseconds(5));

        for (var round = 0; round < 5; round++)
        {
            using var start = new ManualResetEventSlim();
            var fires = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await (i % 2 == 0 ? nodeA : nodeB).HandleDueAsync(schedule.Id, CancellationToken.None);
            })).ToList();
            start.Set();
            var nextRuns = await Task.WhenAll(fires);
            Assert.Single(nextRuns.Distinct());
        }

        var run = Assert.Single(await ScheduledRunsAsync(host, schedule.Id));
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 0, 30, 0, TimeSpan.Zero), run.ScheduledFor); // 02:30 CEST on 2 June
        Assert.Equal(new DateTimeOffset(2026, 6, 3, 0, 30, 0, TimeSpan.Zero), (await host.ScheduleAsync(schedule.Id)).NextRunAt);
    }

    private async Task<(EndToEndHost Host, Schedule Schedule, OccurrenceHandler Handler)> DailyAt0230Async(FakeTimeProvider clock)
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var created = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(2, 30)),
            [$"dst-{Guid.NewGuid():N}@example.test"]);
        // The service made its next run from the real clock; move it to the test's clock.
        var next = RecurrenceCalendar.Next(created.GetRecurrence(), Berlin, clock.GetUtcNow());
        await using (var db = await host.Db())
        {
            await db.Schedules.Where(s => s.Id == created.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.NextRunAt, next));
        }

        return (host, await host.ScheduleAsync(created.Id), NewHandler(host, clock));
    }

    private static OccurrenceHandler NewHandler(EndToEndHost host, TimeProvider clock)
    {
        var dbs = host.Get<IDbContextFactory<ReportGraphDbContext>>();
        var queue = new ExecutionQueue(dbs, clock, new ExecutionSignal(), host.Get<IExecutionEvents>());
        return new OccurrenceHandler(dbs, queue, clock, Options.Create(new SchedulerOptions()), NullLogger<OccurrenceHandler>.Instance);
    }

    /// <summary>Steps the clock by 5 minutes up to <paramref name="until"/>, firing whenever the schedule's next run has come.</summary>
    private static async Task FireWhenDueUntilAsync(FakeTimeProvider clock, OccurrenceHandler handler, EndToEndHost host, Guid scheduleId, DateTimeOffset until)
    {
        while (clock.GetUtcNow() < until)
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            var schedule = await host.ScheduleAsync(scheduleId);
            if (schedule.NextRunAt <= clock.GetUtcNow())
            {
                var next = await handler.HandleDueAsync(scheduleId, CancellationToken.None);
                Assert.True(next > clock.GetUtcNow(), $"next run {next:O} is not after now {clock.GetUtcNow():O}");
            }
        }
    }

    private static async Task<List<Execution>> ScheduledRunsAsync(EndToEndHost host, Guid scheduleId) =>
        (await host.ExecutionsAsync(scheduleId)).Where(e => e.Trigger == ExecutionTrigger.Scheduled).ToList();

    private static string Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Berlin).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
