using static ReportGraph.Host.Tests.Api.ExecutionProgressScenario;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// Issue 14 item 7: <c>executionProgress</c> carries the deliveries as their statuses change, over Server-Sent Events,
/// with the real worker rendering the report and sending through the test SMTP server.
/// </summary>
public sealed class ExecutionProgressDeliveriesTests
{
    [Fact]
    public async Task Every_event_carries_the_deliveries_as_they_are_now_and_the_last_has_them_all_sent()
    {
        await using var scenario = await StartAsync("rg-progress");

        var events = await scenario.FollowARunAsync();

        var trace = string.Join(" | ", events);
        Assert.True(events.Count >= 3, trace);
        Assert.True(events[0] is { Status: "QUEUED", Deliveries.Count: 0 }, trace);
        Assert.True(events[^1].ToString() == $"SUCCEEDED: {Deferred} SENT/2, {Prompt} SENT/1", trace);
        // On the way: the deferred delivery waiting for its retry while the execution still runs.
        Assert.Contains(events, e => e.Status == "RUNNING" && e.Deliveries.TryGetValue(Deferred, out var d) && d.Status == "PENDING" && d.Attempts == 1);
    }
}
