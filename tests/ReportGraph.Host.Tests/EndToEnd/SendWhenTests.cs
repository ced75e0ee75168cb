using ReportGraph.Host.Api;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// A schedule's sendWhen through "run now" on the real host and SMTP server: runs whose condition is not met are
/// recorded as CONDITION_NOT_MET with the value and the reason, and send nothing; met conditions send as usual.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SendWhenTests(TestPlugins plugins, SendWhenTests.Host shared) : IClassFixture<SendWhenTests.Host>
{
    /// <summary>Runs are queued by hand.</summary>
    public sealed class Host : SharedHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" };
    }

    private static readonly RecurrenceInput Weekly = new(RecurrenceKind.Weekly, "07:30", [DayOfWeek.Monday]);

    private static string Address(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    private async Task<Execution> RunNowAsync(EndToEndHost host, Caller owner, Schedule schedule)
    {
        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None);
        return await host.FinishedAsync(queued.Id);
    }

    [Fact]
    public async Task Has_rows_with_an_empty_period_sends_nothing_and_records_the_status_and_the_reason()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, Weekly, [Address("ana")], parameters: new { rows = 0 },
            sendWhen: new SendWhenInput(SendWhenKind.HasRows));

        var execution = await RunNowAsync(host, owner, schedule);

        Assert.Equal(ExecutionStatus.ConditionNotMet, execution.Status);
        Assert.Equal(0, execution.RowCount);
        Assert.Equal(0, execution.ConditionValue);
        Assert.Contains("no rows", execution.ConditionReason);
        Assert.Null(execution.ErrorMessage);
        Assert.Empty(execution.Deliveries);
        Assert.Empty(shared.Smtp.MessagesOf(execution.Id));
        // Not a failure: the owner is not told, and the schedule's run of failures stays at zero.
        Assert.Equal(0, (await host.ScheduleAsync(schedule.Id)).ConsecutiveFailures);
        Assert.DoesNotContain(shared.Smtp.Messages(), m => m.Header("X-ReportGraph-Failure-Notice") == execution.Id.ToString());
    }

    [Fact]
    public async Task Has_rows_with_rows_sends_the_report()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var ana = Address("ana");
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, Weekly, [ana], parameters: new { rows = 2 },
            sendWhen: new SendWhenInput(SendWhenKind.HasRows));

        var execution = await RunNowAsync(host, owner, schedule);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal(2, execution.ConditionValue);
        var message = Assert.Single(shared.Smtp.MessagesOf(execution.Id));
        Assert.Contains(ana, message.Header("To")!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_kpi_condition_that_is_not_met_records_the_kpi_value_and_sends_nothing()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, Weekly, [Address("ana")], parameters: new { rows = 3 },
            sendWhen: new SendWhenInput(SendWhenKind.Kpi, "rows", KpiOperator.Gt, 5));

        var execution = await RunNowAsync(host, owner, schedule);

        Assert.Equal(ExecutionStatus.ConditionNotMet, execution.Status);
        Assert.Equal(3, execution.ConditionValue);
        Assert.Equal("rows is 3, so rows > 5 is not met: nothing was sent.", execution.ConditionReason);
        Assert.Empty(execution.Deliveries);
        Assert.Empty(shared.Smtp.MessagesOf(execution.Id));
    }

    [Fact]
    public async Task A_kpi_condition_that_is_met_sends_the_report_and_records_the_kpi_value()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var ana = Address("ana");
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, Weekly, [ana], parameters: new { rows = 3 },
            sendWhen: new SendWhenInput(SendWhenKind.Kpi, "rows", KpiOperator.Gte, 3));

        var execution = await RunNowAsync(host, owner, schedule);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal(3, execution.ConditionValue);
        Assert.Equal("rows is 3: rows >= 3 is met.", execution.ConditionReason);
        Assert.Single(shared.Smtp.MessagesOf(execution.Id));
    }

    [Fact]
    public async Task A_test_send_ignores_the_condition_so_the_requester_sees_the_email()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, Weekly, [Address("ana")], parameters: new { rows = 0 },
            sendWhen: new SendWhenInput(SendWhenKind.HasRows));

        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Test, CancellationToken.None);
        var execution = await host.FinishedAsync(queued.Id);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Single(shared.Smtp.MessagesOf(execution.Id));
    }

    [Fact]
    public async Task An_unknown_kpi_key_is_refused_when_saved_with_its_path_and_the_keys_that_exist()
    {
        var host = await shared.HostAsync(plugins);
        var owner = await host.CreateOwnerAsync();
        var input = new CreateScheduleInput
        {
            Name = "Rows alert",
            ReportType = TestPlugins.RowsKey,
            Recurrence = Weekly,
            TimeZone = "Europe/Berlin",
            Formats = [ReportGraph.Abstractions.ReportFormat.Csv],
            Recipients = [new RecipientInput(Address("ana"))],
            SendWhen = new SendWhenInput(SendWhenKind.Kpi, "rowz", null, null),
        };

        var result = await host.Get<ScheduleService>().CreateAsync(owner, input, CancellationToken.None);

        Assert.Null(result.Value);
        var kpi = Assert.Single(result.Errors, e => e.PathText == "sendWhen.kpi");
        Assert.Equal(InputErrorCodes.NotFound, kpi.Code);
        Assert.Contains("'rowz'", kpi.Message);
        Assert.Contains("rows (Rows)", kpi.Message);
        // Every problem at once: the missing operator and threshold too.
        Assert.Contains(result.Errors, e => e.PathText == "sendWhen.operator" && e.Code == InputErrorCodes.Required);
        Assert.Contains(result.Errors, e => e.PathText == "sendWhen.threshold" && e.Code == InputErrorCodes.Required);

        // A report type that declares no KPIs says so.
        var throwing = await host.Get<ScheduleService>().CreateAsync(owner, input with { ReportType = TestPlugins.ThrowsKey, SendWhen = new SendWhenInput(SendWhenKind.Kpi, "rows", KpiOperator.Gt, 0) }, CancellationToken.None);
        Assert.Contains(throwing.Errors, e => e.PathText == "sendWhen.kpi" && e.Message.Contains("declares no KPIs"));
    }
}
