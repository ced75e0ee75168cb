using System.Text.Json;
using ReportGraph.Host.Api;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Api;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// Deliveries outlast an SMTP outage longer than the run's own attempts, and a restart of the host in between;
/// and an owner's daily quota of emails stops the rest with a recorded reason.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DurableDeliveryTests(TestPlugins plugins)
{
    private const string Password = "durable-retries-pass-1";

    private const string ExecutionQuery = """
        query($id: ID!) { execution(id: $id) { status deliveries { email status attempts nextAttemptAt lastReply } } }
        """;

    /// <summary>Two attempts within the run (the old in-memory window, here well under a second), then the store.</summary>
    private static Dictionary<string, string?> ShortRetries() => new()
    {
        ["Scheduler:Enabled"] = "false",
        ["Delivery:MaxAttempts"] = "2",
        ["Delivery:InitialBackoff"] = "00:00:00.200",
        ["Delivery:MaxBackoff"] = "00:00:01",
        ["Delivery:RetryPollInterval"] = "00:00:00.200",
    };

    [Fact]
    public async Task Emails_queued_during_an_smtp_outage_spanning_a_restart_arrive_exactly_once_and_the_execution_then_succeeds()
    {
        using var folder = new TempFolder("rg-e2e-durable");
        var data = folder.Combine("data");
        var port = SmtpTestServer.FreePort(); // nothing listens here yet: connections are refused
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] recipients = [$"one-{unique}@example.test", $"two-{unique}@example.test"];
        var email = $"owner-{unique}@example.test";
        Guid executionId;

        await using (var first = EndToEndHost.Start(data, plugins.CatalogPath, port, ShortRetries()))
        {
            var user = await first.Get<AccountService>().CreateUserAsync(email, "Owner", UserRole.Member, Password, CancellationToken.None);
            var owner = new Caller(user.Id, UserRole.Member);
            var schedule = await first.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(6, 0)), recipients,
                parameters: new { rows = 3 });
            executionId = (await first.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None)).Id;

            var waiting = await Eventually.GetAsync(async () =>
                    await first.ExecutionAsync(executionId) is { Status: ExecutionStatus.Delivering } e && e.Deliveries.Count == 2 ? e : null,
                TimeSpan.FromSeconds(40), "the execution waiting for delivery retries", first.DiagnosticsAsync);
            Assert.All(waiting.Deliveries, d => Assert.Equal(DeliveryStatus.Pending, d.Status));

            // What the user sees meanwhile: the deliveries pending, with when they are tried next and why not yet.
            var api = new ApiClient(first.CreateClient());
            await api.SignInAsync(email, Password);
            var shown = (await api.DataAsync(ExecutionQuery, new { id = GlobalId.Encode("Execution", executionId) })).GetProperty("execution");
            Assert.Equal("DELIVERING", shown.GetProperty("status").GetString());
            var deliveries = shown.GetProperty("deliveries").EnumerateArray().ToList();
            Assert.Equal(2, deliveries.Count);
            Assert.All(deliveries, d =>
            {
                Assert.Equal("PENDING", d.GetProperty("status").GetString());
                Assert.True(d.GetProperty("attempts").GetInt32() >= 2, d.ToString());
                Assert.Equal(JsonValueKind.String, d.GetProperty("nextAttemptAt").ValueKind);
                Assert.Contains($"127.0.0.1:{port}", d.GetProperty("lastReply").GetString());
            });
        }

        // The host is stopped; when it comes back the server is still down for a while, then returns.
        await using var second = EndToEndHost.Start(data, plugins.CatalogPath, port, ShortRetries());
        var attemptsBefore = (await second.ExecutionAsync(executionId))!.Deliveries.Sum(d => d.Attempts);
        await Eventually.GetAsync(async () =>
                await second.ExecutionAsync(executionId) is { } e && e.Deliveries.Sum(d => d.Attempts) >= attemptsBefore + 2 ? e : null,
            TimeSpan.FromSeconds(30), "the restarted host retrying the stored deliveries", second.DiagnosticsAsync);
        Assert.Equal(ExecutionStatus.Delivering, (await second.ExecutionAsync(executionId))!.Status);

        await using var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"), port);
        var execution = await second.FinishedAsync(executionId);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.All(execution.Deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        await Task.Delay(TimeSpan.FromSeconds(1)); // a duplicate would arrive within a few poll intervals
        var messages = smtp.MessagesOf(executionId);
        Assert.Equal(2, messages.Count);
        foreach (var address in recipients)
        {
            Assert.Single(messages, m => m.Header("To")!.Contains(address, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task An_owner_over_the_daily_limit_gets_the_rest_recorded_as_not_sent_and_the_execution_is_partial()
    {
        using var folder = new TempFolder("rg-e2e-quota");
        await using var smtp = await SmtpTestServer.StartAsync(folder.Combine("smtp"));
        var settings = ShortRetries();
        settings["Delivery:DailyLimitPerOwner"] = "2";
        await using var host = EndToEndHost.Start(folder.Combine("data"), plugins.CatalogPath, smtp.Port, settings);
        var owner = await host.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..6];
        string[] recipients = [$"r1-{unique}@example.test", $"r2-{unique}@example.test", $"r3-{unique}@example.test"];
        var schedule = await host.CreateScheduleAsync(owner, TestPlugins.RowsKey, new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(6, 0)), recipients,
            parameters: new { rows = 2 });

        var first = await host.FinishedAsync((await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None)).Id);

        Assert.Equal(ExecutionStatus.Partial, first.Status);
        Assert.Equal("1 of 3 deliveries failed.", first.ErrorMessage);
        Assert.Equal(2, first.Deliveries.Count(d => d.Status == DeliveryStatus.Sent));
        var refused = Assert.Single(first.Deliveries, d => d.Status == DeliveryStatus.Failed);
        Assert.Equal(DeliveryRunner.DailyLimitReached(2), refused.LastReply);
        Assert.Equal(2, smtp.MessagesOf(first.Id).Count);

        // The same day, the next run of the owner sends nothing at all.
        var second = await host.FinishedAsync((await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, schedule.Id, ExecutionTrigger.Manual, CancellationToken.None)).Id);
        Assert.Equal(ExecutionStatus.Failed, second.Status);
        Assert.All(second.Deliveries, d => Assert.Equal(DeliveryRunner.DailyLimitReached(2), d.LastReply));
        Assert.Empty(smtp.MessagesOf(second.Id));
    }
}
