using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// Occurrences that passed while the service was down: the host is stopped, time "passes" (the schedules' next runs
/// are moved into the past, as they would be after an outage), and a new host starts on the same store with the
/// scheduler on. Within the grace window (default 1 hour) the occurrence runs once; older ones are recorded Missed;
/// never one run per passed occurrence.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class MisfireTests(TestPlugins plugins)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task On_start_a_recent_missed_occurrence_runs_once_an_old_one_is_recorded_missed_and_nothing_runs_n_times()
    {
        using var folder = new TempFolder("rg-e2e-misfire");
        var data = folder.Combine("data");
        await using var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"));
        var unique = Guid.NewGuid().ToString("N")[..6];
        var now = DateTimeOffset.UtcNow;
        Schedule recent, old, everyMinute;

        // The service before the outage: schedules exist, their triggers aim at future runs.
        await using (var before = EndToEndHost.Start(data, plugins.CatalogPath, smtp.Port, new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Executions:PollInterval"] = "00:10:00",
        }))
        {
            var owner = await before.CreateOwnerAsync();
            recent = await DailyWithPastRunAsync(before, owner, now.AddMinutes(-10), $"recent-{unique}@example.test");
            old = await DailyWithPastRunAsync(before, owner, now.AddHours(-3), $"old-{unique}@example.test");
            everyMinute = await before.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Cron, CronExpression: "0 * * * * ?"),
                [$"minute-{unique}@example.test"], parameters: new { rows = 2 });
            await SetNextRunAsync(before, everyMinute.Id, RecurrenceCalendar.Next(everyMinute.GetRecurrence(), Berlin, now.AddMinutes(-10))!.Value);
            everyMinute = await before.ScheduleAsync(everyMinute.Id);
        }

        var restartedAt = DateTimeOffset.UtcNow;
        await using var after = EndToEndHost.Start(data, plugins.CatalogPath, smtp.Port);

        // 10 minutes late, inside the grace window: runs once, for the occurrence it missed.
        var ran = await after.FinishedExecutionAsync(recent.Id, _ => true, "the recent missed occurrence to run");
        Assert.Equal(ExecutionStatus.Succeeded, ran.Status);
        Assert.Equal(ExecutionTrigger.Scheduled, ran.Trigger);
        Assert.Equal(recent.NextRunAt, ran.ScheduledFor);
        Assert.Single(smtp.MessagesOf(ran.Id));

        // 3 hours late: recorded as Missed with the reason, not run, no email.
        var missed = await after.FinishedExecutionAsync(old.Id, _ => true, "the old occurrence to be recorded");
        Assert.Equal(ExecutionStatus.Missed, missed.Status);
        Assert.Equal(old.NextRunAt, missed.ScheduledFor);
        Assert.Contains("Missed", missed.ErrorMessage);
        Assert.Empty(missed.Deliveries);

        // Every minute, down for 10: the latest passed occurrence runs once, the earlier ones are recorded Missed.
        var minuteRun = await after.FinishedExecutionAsync(everyMinute.Id, e => e.Status != ExecutionStatus.Missed, "the every-minute catch-up run");
        Assert.Equal(ExecutionStatus.Succeeded, minuteRun.Status);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var caughtUp = (await after.ExecutionsAsync(everyMinute.Id)).Where(e => e.ScheduledFor <= restartedAt).ToList();
        Assert.Single(caughtUp, e => e.Status != ExecutionStatus.Missed);
        Assert.Equal(caughtUp.Max(e => e.ScheduledFor), minuteRun.ScheduledFor);
        Assert.InRange(caughtUp.Count(e => e.Status == ExecutionStatus.Missed), 9, 10);

        // Once, not again: no second execution of either daily schedule, and both next runs are tomorrow's.
        Assert.Single(await after.ExecutionsAsync(recent.Id));
        Assert.Single(await after.ExecutionsAsync(old.Id));
        foreach (var id in new[] { recent.Id, old.Id })
        {
            Assert.True((await after.ScheduleAsync(id)).NextRunAt > DateTimeOffset.UtcNow.AddHours(20));
        }
    }

    /// <summary>A daily schedule at <paramref name="occurrence"/>'s wall-clock minute whose next run is that (past) occurrence.</summary>
    private static async Task<Schedule> DailyWithPastRunAsync(EndToEndHost host, ReportGraph.Host.Api.Caller owner, DateTimeOffset occurrence, string recipient)
    {
        var local = TimeZoneInfo.ConvertTime(occurrence, Berlin);
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(local.Hour, local.Minute)),
            [recipient], parameters: new { rows = 2 });
        var past = RecurrenceCalendar.Next(schedule.GetRecurrence(), Berlin, occurrence.AddMinutes(-2))!.Value;
        Assert.InRange(past, occurrence.AddMinutes(-2), occurrence);
        await SetNextRunAsync(host, schedule.Id, past);
        return await host.ScheduleAsync(schedule.Id);
    }

    private static async Task SetNextRunAsync(EndToEndHost host, Guid scheduleId, DateTimeOffset nextRunAt)
    {
        await using var db = await host.Db();
        await db.Schedules.Where(s => s.Id == scheduleId).ExecuteUpdateAsync(u => u.SetProperty(s => s.NextRunAt, nextRunAt));
    }
}
