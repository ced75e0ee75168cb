using System.Globalization;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.EndToEnd.Support;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// A run now or a test covers the last complete period of the recurrence, whatever weekday it is asked on, and the
/// email says which period it is.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ManualRunPeriodTests(TestPlugins plugins, ManualRunPeriodTests.Host shared) : IClassFixture<ManualRunPeriodTests.Host>
{
    /// <summary>Runs are queued by hand.</summary>
    public sealed class Host : SharedHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" };
    }

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData(ExecutionTrigger.Manual)]
    [InlineData(ExecutionTrigger.Test)]
    public async Task A_manual_weekly_run_covers_the_last_full_monday_to_sunday_week_and_the_email_names_it(ExecutionTrigger trigger)
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var recipient = $"week-{Guid.NewGuid():N}"[..12] + "@example.test";
        // Scheduled on Wednesdays, which would cover Wednesday to Tuesday: a run now must still cover a full week.
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Weekly, new TimeOnly(7, 30), [DayOfWeek.Wednesday]),
            [recipient], parameters: new { rows = 2 });

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin).DateTime);
        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, trigger, CancellationToken.None);
        var execution = await host.FinishedAsync(queued.Id);

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal(Midnight(monday), execution.PeriodStart);
        Assert.Equal(Midnight(monday.AddDays(7)), execution.PeriodEnd);
        var week = ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture);
        Assert.StartsWith($"Week {week}, ", execution.PeriodLabel);
        Assert.Contains(monday.AddDays(6).ToString("d MMM", CultureInfo.InvariantCulture), execution.PeriodLabel);

        var message = Assert.Single(shared.Smtp.MessagesOf(execution.Id));
        Assert.Contains(execution.PeriodLabel!, message.Header("Subject"));
        Assert.Contains(execution.PeriodLabel!, message.All().First(p => p.MediaType == "text/plain").Text);
    }

    [Fact]
    public async Task A_manual_monthly_run_covers_the_last_full_month()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Monthly, new TimeOnly(7, 30), DayOfMonth: 15),
            [$"month-{Guid.NewGuid():N}"[..12] + "@example.test"], parameters: new { rows = 1 });

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Berlin).DateTime);
        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);
        var execution = await host.FinishedAsync(queued.Id);

        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        Assert.Equal(Midnight(first), execution.PeriodStart);
        Assert.Equal(Midnight(first.AddMonths(1)), execution.PeriodEnd);
        Assert.Equal(first.ToString("MMMM yyyy", CultureInfo.InvariantCulture), execution.PeriodLabel);
    }

    private static DateTimeOffset Midnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Berlin.GetUtcOffset(local));
    }
}
