using static ReportGraph.Host.Tests.Api.ExecutionProgressScenario;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// Issue 10 item 8: when a delivery is left to the durable retries, <c>executionProgress</c> goes on through
/// DELIVERING and ends when the retry pass settles the last delivery and completes the execution.
/// </summary>
public sealed class ExecutionProgressRetryTests
{
    [Fact]
    public async Task The_stream_shows_the_execution_delivering_while_a_delivery_waits_and_ends_when_the_retry_sends_it()
    {
        await using var scenario = await StartAsync("rg-progress-retry", new Dictionary<string, string?>
        {
            // The run itself tries once; the retry is the store's, made by the background pass.
            ["Delivery:MaxAttempts"] = "1",
            ["Delivery:RetryPollInterval"] = "00:00:00.200",
        });

        var events = await scenario.FollowARunAsync();

        var trace = string.Join(" | ", events);
        Assert.True(events.Count >= 3, trace);
        Assert.True(events[0] is { Status: "QUEUED", Deliveries.Count: 0 }, trace);
        Assert.True(events[^1].ToString() == $"SUCCEEDED: {Deferred} SENT/2, {Prompt} SENT/1", trace);
        // On the way: the run is over, the deferred delivery waits in the store for the retry pass.
        Assert.Contains(events, e => e.Status == "DELIVERING" && e.Deliveries.TryGetValue(Deferred, out var d) && d.Status == "PENDING" && d.Attempts == 1
            && e.Deliveries[Prompt].Status == "SENT");
    }
}
