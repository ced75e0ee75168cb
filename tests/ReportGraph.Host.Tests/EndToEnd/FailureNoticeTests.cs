using System.Text.Json;
using MimeKit;
using ReportGraph.Host.Api;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.EndToEnd.Support;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// Owners hear about failures, through "run now" on the real host and SMTP server: one notice per Failed or Partial
/// execution with the error, the recipients not reached and a link; after Schedules:PauseAfterFailures (2 here)
/// failed runs in a row the schedule pauses itself and says so; a success resets the count.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class FailureNoticeTests(TestPlugins plugins, FailureNoticeTests.Host shared) : IClassFixture<FailureNoticeTests.Host>
{
    /// <summary>A 3 s time limit for plugins, a pause after 2 failures; runs are queued by hand.</summary>
    public sealed class Host : SharedHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Executions:Timeout"] = "00:00:03",
            ["Schedules:PauseAfterFailures"] = "2",
            ["Delivery:PublicBaseUrl"] = "https://reports.example.test",
        };
    }

    private const string NoticeHeader = "X-ReportGraph-Failure-Notice";

    private static readonly RecurrenceInput Weekly = new(RecurrenceKind.Weekly, "07:30", [DayOfWeek.Monday]);

    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    private static async Task<Execution> RunNowAsync(EndToEndHost host, Caller owner, Guid scheduleId)
    {
        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, scheduleId, ExecutionTrigger.Manual, CancellationToken.None);
        return await host.FinishedAsync(queued.Id);
    }

    /// <summary>The owner notices received so far, read with MimeKit (decoded subject and bodies).</summary>
    private List<MimeMessage> Notices(Guid executionId) => shared.Smtp.MessageFiles()
        .Select(file => MimeMessage.Load(file))
        .Where(m => m.Headers[NoticeHeader] == executionId.ToString())
        .ToList();

    private Task<MimeMessage> NoticeAsync(EndToEndHost host, Guid executionId) =>
        Eventually.GetAsync(() => Task.FromResult(Notices(executionId).SingleOrDefault()),
            TimeSpan.FromSeconds(30), $"the failure notice of execution {executionId}", host.DiagnosticsAsync);

    private static async Task<string> OwnerEmailAsync(EndToEndHost host, Caller owner)
    {
        await using var db = await host.Db();
        return db.Set<ReportGraph.Host.Security.User>().Single(u => u.Id == owner.UserId).Email;
    }

    [Fact]
    public async Task A_failed_run_sends_its_owner_one_notice_with_the_error_and_a_link_to_the_execution()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync("Olga");
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.ThrowsKey, Weekly, [Address("ana")], name: "Ledger daily");

        var execution = await RunNowAsync(host, owner, schedule.Id);

        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        var notice = await NoticeAsync(host, execution.Id);
        Assert.Contains(await OwnerEmailAsync(host, owner), notice.To.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Report failed: Ledger daily", notice.Subject);
        var link = $"https://reports.example.test/executions/{GlobalId.Encode("Execution", execution.Id)}";
        foreach (var body in new[] { notice.TextBody, notice.HtmlBody })
        {
            Assert.Contains("Hello Olga,", body);
            Assert.Contains(TestPlugins.FailureMessage, body);
            Assert.Contains(link, body);
            Assert.Contains("This is failure 1 in a row; after 2 the schedule pauses itself.", body);
        }

        Assert.NotNull((await host.ExecutionAsync(execution.Id))!.OwnerNotifiedAt);
        Assert.Equal(1, (await host.ScheduleAsync(schedule.Id)).ConsecutiveFailures);
        // The report's recipients hear nothing of it.
        Assert.Empty(shared.Smtp.MessagesOf(execution.Id));
        await Task.Delay(500);
        Assert.Single(Notices(execution.Id));
    }

    [Fact]
    public async Task A_partial_run_names_the_recipients_not_reached_and_the_server_reply()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var (good, bad) = (Address("good"), Address("gone"));
        shared.Smtp.Reject(bad, "550 5.1.1 mailbox unavailable");
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, Weekly, [good, bad], parameters: new { rows = 2 }, name: "Rows to two");

        var execution = await RunNowAsync(host, owner, schedule.Id);

        Assert.Equal(ExecutionStatus.Partial, execution.Status);
        var notice = await NoticeAsync(host, execution.Id);
        Assert.StartsWith("Report partly delivered: Rows to two", notice.Subject);
        Assert.Contains(bad, notice.TextBody);
        Assert.Contains("mailbox unavailable", notice.TextBody);
        Assert.DoesNotContain(good, notice.TextBody);
        Assert.Contains(bad, notice.HtmlBody);
        // Some recipients got it: no step towards pausing.
        Assert.Equal(0, (await host.ScheduleAsync(schedule.Id)).ConsecutiveFailures);
    }

    [Fact]
    public async Task Failures_in_a_row_pause_the_schedule_and_the_owner_is_told_and_resuming_clears_the_reason()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.ThrowsKey, Weekly, [Address("ana")], name: "Ledger weekly");
        Assert.NotNull(schedule.NextRunAt);

        var first = await RunNowAsync(host, owner, schedule.Id);
        Assert.DoesNotContain("paused", (await NoticeAsync(host, first.Id)).Subject, StringComparison.Ordinal);
        Assert.True((await host.ScheduleAsync(schedule.Id)).IsActive);

        var second = await RunNowAsync(host, owner, schedule.Id);
        var notice = await NoticeAsync(host, second.Id);

        Assert.EndsWith("(schedule paused)", notice.Subject);
        Assert.Contains("It failed 2 times in a row, so the schedule has been paused", notice.TextBody);
        Assert.Contains("It failed 2 times in a row, so the schedule has been paused", notice.HtmlBody);
        var paused = await host.ScheduleAsync(schedule.Id);
        Assert.False(paused.IsActive);
        Assert.Null(paused.NextRunAt);
        Assert.StartsWith("Paused automatically after 2 failed runs in a row", paused.PausedReason);
        Assert.Contains(TestPlugins.FailureMessage, paused.PausedReason);

        var resumed = await host.Get<ScheduleService>().SetActiveAsync(owner, schedule.Id, true, CancellationToken.None);
        Assert.True(resumed.Value!.IsActive);
        var after = await host.ScheduleAsync(schedule.Id);
        Assert.Null(after.PausedReason);
        Assert.Equal(0, after.ConsecutiveFailures);
        Assert.NotNull(after.NextRunAt);
    }

    [Fact]
    public async Task A_success_resets_the_count_of_failures()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        // Longer than the 3 s time limit: fails until the owner shortens it.
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.SlowKey, Weekly, [Address("ana")], parameters: new { seconds = 30, rows = 1 });

        var failed = await RunNowAsync(host, owner, schedule.Id);
        Assert.Equal(ExecutionStatus.Failed, failed.Status);
        await NoticeAsync(host, failed.Id);
        Assert.Equal(1, (await host.ScheduleAsync(schedule.Id)).ConsecutiveFailures);

        var fixedInput = new ScheduleChangesInput { Parameters = JsonSerializer.SerializeToElement(new { seconds = 0, rows = 1 }) };
        Assert.Empty((await host.Get<ScheduleService>().UpdateAsync(owner, schedule.Id, fixedInput, CancellationToken.None)).Errors);
        var succeeded = await RunNowAsync(host, owner, schedule.Id);
        Assert.Equal(ExecutionStatus.Succeeded, succeeded.Status);
        await Eventually.TrueAsync(async () => (await host.ScheduleAsync(schedule.Id)).ConsecutiveFailures == 0, TimeSpan.FromSeconds(10), "the count to reset");

        // The next failure counts from one again, so the schedule does not pause (the limit is 2).
        await host.Get<ScheduleService>().UpdateAsync(owner, schedule.Id, fixedInput with { Parameters = JsonSerializer.SerializeToElement(new { seconds = 30, rows = 1 }) }, CancellationToken.None);
        var again = await RunNowAsync(host, owner, schedule.Id);
        var notice = await NoticeAsync(host, again.Id);
        Assert.Contains("This is failure 1 in a row", notice.TextBody);
        Assert.True((await host.ScheduleAsync(schedule.Id)).IsActive);
        Assert.Empty(Notices(succeeded.Id));
    }
}
