using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Tests.Deliveries.Support;

namespace ReportGraph.Host.Tests.Deliveries;

/// <summary>
/// Two attempts while the run lasts, then the store; the background pass is slowed down to once an hour so each
/// test runs the retry passes itself (as any node's worker would) and sees every attempt.
/// </summary>
public sealed class DurableRetryHost : DeliveryHost
{
    public const int DailyLimit = 3;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Delivery:MaxAttempts"] = "2",
        ["Delivery:RetryPollInterval"] = "01:00:00",
        ["Delivery:DailyLimitPerOwner"] = DailyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class DurableRetryTests(DurableRetryHost host) : IClassFixture<DurableRetryHost>
{
    private const string TryLater = "451 4.3.0 try later";

    [Fact]
    public async Task A_delivery_still_deferred_after_the_runs_attempts_waits_in_the_store_and_a_later_pass_sends_it_once_and_completes_the_execution()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).WithFile("report.csv", "text/csv", "a,b\r\n1,2\r\n"u8.ToArray()).CreateAsync();
        host.Smtp.Defer(ana, TryLater, times: 3);

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 0, 0, Pending: 1), outcome);
        var waiting = await scenario.DeliveryAsync(ana);
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        Assert.Equal(2, waiting.Attempts);
        Assert.StartsWith(TryLater, waiting.LastReply);
        Assert.NotNull(waiting.NextAttemptAt);
        Assert.InRange(waiting.RetryUntil!.Value, DateTimeOffset.UtcNow.AddHours(23.9), DateTimeOffset.UtcNow.AddHours(24));
        Assert.True(File.Exists(StoredEmail(waiting.Id)), "the email is kept for the retries");
        await WaitForRetriesAsync(scenario.ExecutionId);

        await DueNowAsync(scenario.ExecutionId);
        Assert.Equal(1, await host.Get<DeliveryRetries>().RunDueAsync(CancellationToken.None));
        var third = await scenario.DeliveryAsync(ana);
        Assert.Equal((DeliveryStatus.Pending, 3), (third.Status, third.Attempts));
        Assert.True(third.NextAttemptAt > DateTimeOffset.UtcNow.AddSeconds(-1), "a new next attempt after the third failure");
        Assert.Equal(ExecutionStatus.Delivering, (await ExecutionAsync(scenario.ExecutionId)).Status);

        await DueNowAsync(scenario.ExecutionId);
        Assert.Equal(1, await host.Get<DeliveryRetries>().RunDueAsync(CancellationToken.None));

        var sent = await scenario.DeliveryAsync(ana);
        Assert.Equal((DeliveryStatus.Sent, 4), (sent.Status, sent.Attempts));
        Assert.Null(sent.NextAttemptAt);
        var message = Assert.Single(host.Smtp.MessagesOf(scenario.ExecutionId));
        Assert.Equal(sent.MessageId, message.Header("Message-ID"));
        Assert.Contains(message.Attachments, a => a.FileName == "report.csv");
        Assert.False(File.Exists(StoredEmail(sent.Id)), "the kept email is removed once the delivery is final");
        var execution = await ExecutionAsync(scenario.ExecutionId);
        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.NotNull(execution.FinishedAt);
        Assert.Null(execution.ErrorMessage);
    }

    [Fact]
    public async Task A_5xx_reply_is_final_at_once_also_on_a_retry()
    {
        var scenario = new DeliveryScenario(host);
        var now5xx = scenario.Address("now");
        var later5xx = scenario.Address("later");
        var report = await scenario.WithRecipient(now5xx).WithRecipient(later5xx).CreateAsync();
        host.Smtp.Reject(now5xx, "550 5.1.1 mailbox unavailable");
        host.Smtp.Defer(later5xx, TryLater, times: 2);

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(0, 1, 0, Pending: 1), outcome);
        var rejected = await scenario.DeliveryAsync(now5xx);
        Assert.Equal((DeliveryStatus.Failed, 1, "550 5.1.1 mailbox unavailable"), (rejected.Status, rejected.Attempts, rejected.LastReply));
        Assert.Null(rejected.NextAttemptAt);

        await WaitForRetriesAsync(scenario.ExecutionId);
        host.Smtp.Reject(later5xx, "550 5.1.1 mailbox unavailable");
        await DueNowAsync(scenario.ExecutionId);
        await host.Get<DeliveryRetries>().RunDueAsync(CancellationToken.None);

        var retried = await scenario.DeliveryAsync(later5xx);
        Assert.Equal((DeliveryStatus.Failed, 3, "550 5.1.1 mailbox unavailable"), (retried.Status, retried.Attempts, retried.LastReply));
        var execution = await ExecutionAsync(scenario.ExecutionId);
        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.Equal("Every delivery failed (2).", execution.ErrorMessage);
        Assert.Empty(host.Smtp.MessagesOf(scenario.ExecutionId));
    }

    [Fact]
    public async Task After_GiveUpAfter_the_delivery_is_failed_with_the_last_server_reply()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        host.Smtp.Defer(ana, TryLater, times: 100);
        await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);
        await WaitForRetriesAsync(scenario.ExecutionId);

        // A day later: the deadline set at the first failure has passed.
        await using (var db = await Db())
        {
            await db.Set<Delivery>().Where(d => d.ExecutionId == scenario.ExecutionId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.RetryUntil, DateTimeOffset.UtcNow.AddSeconds(-1)).SetProperty(d => d.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }

        await host.Get<DeliveryRetries>().RunDueAsync(CancellationToken.None);

        var failed = await scenario.DeliveryAsync(ana);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Equal($"Gave up after 3 attempts in 24 hours; last: {TryLater}", failed.LastReply);
        Assert.False(File.Exists(StoredEmail(failed.Id)));
        var execution = await ExecutionAsync(scenario.ExecutionId);
        Assert.Equal(ExecutionStatus.Failed, execution.Status);
        Assert.Empty(host.Smtp.MessagesOf(scenario.ExecutionId));
    }

    [Fact]
    public async Task Two_nodes_racing_for_the_same_due_deliveries_send_each_once()
    {
        var scenario = new DeliveryScenario(host);
        string[] addresses = [scenario.Address("a"), scenario.Address("b"), scenario.Address("c")];
        foreach (var address in addresses)
        {
            scenario.WithRecipient(address);
            host.Smtp.Defer(address, TryLater, times: 2);
        }

        var report = await scenario.CreateAsync();
        await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);
        await WaitForRetriesAsync(scenario.ExecutionId);
        await DueNowAsync(scenario.ExecutionId);

        // A second node: its own DeliveryRetries on the same store.
        var otherNode = ActivatorUtilities.CreateInstance<DeliveryRetries>(host.Services);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => (i % 2 == 0 ? host.Get<DeliveryRetries>() : otherNode).RunDueAsync(CancellationToken.None))));

        Assert.Equal(3, attempts.Sum());
        var messages = host.Smtp.MessagesOf(scenario.ExecutionId);
        foreach (var address in addresses)
        {
            Assert.Single(messages, m => m.Header("To")!.Contains(address, StringComparison.OrdinalIgnoreCase));
        }

        Assert.All(await scenario.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Sent, 3), (d.Status, d.Attempts)));
        Assert.Equal(ExecutionStatus.Succeeded, (await ExecutionAsync(scenario.ExecutionId)).Status);
    }

    [Fact]
    public async Task Deliveries_beyond_the_owners_daily_limit_are_not_sent_and_say_why()
    {
        var scenario = new DeliveryScenario(host);
        var names = Enumerable.Range(1, DurableRetryHost.DailyLimit + 2).Select(i => scenario.Address("r" + i)).ToList();
        foreach (var name in names)
        {
            scenario.WithRecipient(name);
        }

        var report = await scenario.CreateAsync();

        var outcome = await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(DurableRetryHost.DailyLimit, 2, 0), outcome);
        Assert.Equal(ExecutionStatus.Partial, outcome.FinalStatus().Status);
        var refused = (await scenario.DeliveriesAsync()).Where(d => d.Status == DeliveryStatus.Failed).ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, d =>
        {
            Assert.Equal(0, d.Attempts);
            Assert.Equal("Not sent: the daily limit of 3 emails per owner was reached (Delivery:DailyLimitPerOwner, counted over the last 24 hours).", d.LastReply);
        });
        Assert.Equal(DurableRetryHost.DailyLimit, host.Smtp.MessagesOf(scenario.ExecutionId).Count);
    }

    [Fact]
    public async Task A_kept_email_whose_delivery_was_deleted_with_its_schedule_is_removed_by_the_next_pass()
    {
        var scenario = new DeliveryScenario(host);
        var ana = scenario.Address("ana");
        var report = await scenario.WithRecipient(ana).CreateAsync();
        host.Smtp.Defer(ana, TryLater, times: 100);
        await host.Get<IDeliveryRunner>().DeliverAsync(report, null, CancellationToken.None);
        var waiting = await scenario.DeliveryAsync(ana);
        Assert.True(File.Exists(StoredEmail(waiting.Id)));

        await using (var db = await Db())
        {
            await db.Set<ReportGraph.Host.Schedules.Schedule>().Where(s => s.Id == scenario.ScheduleId).ExecuteDeleteAsync();
        }

        await host.Get<DeliveryRetries>().RunDueAsync(CancellationToken.None);

        Assert.False(File.Exists(StoredEmail(waiting.Id)), "the report's email does not outlive its schedule");
    }

    private string StoredEmail(Guid deliveryId) =>
        Path.Combine(host.Get<DataDirectory>().Path, "delivery-retries", deliveryId.ToString("N") + ".eml");

    private async Task<ReportGraphDbContext> Db() => await host.Get<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();

    private async Task<Execution> ExecutionAsync(Guid executionId)
    {
        await using var db = await Db();
        return await db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId);
    }

    /// <summary>What the run does when deliveries are left pending: the execution waits for its retries.</summary>
    private async Task WaitForRetriesAsync(Guid executionId)
    {
        await using var db = await Db();
        await db.Executions.Where(e => e.Id == executionId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ExecutionStatus.Delivering).SetProperty(e => e.LeaseOwner, (string?)null).SetProperty(e => e.LeaseExpiresAt, (DateTimeOffset?)null));
    }

    /// <summary>Skips the backoff: the pending deliveries of the execution are due now.</summary>
    private async Task DueNowAsync(Guid executionId)
    {
        await using var db = await Db();
        await db.Set<Delivery>().Where(d => d.ExecutionId == executionId && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
    }
}
