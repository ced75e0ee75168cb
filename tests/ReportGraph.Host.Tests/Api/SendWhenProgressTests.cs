using System.Net.Http.Headers;
using System.Text.Json;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// A run whose sendWhen is not met, seen as a user sees it: runScheduleNow, then executionProgress over Server-Sent
/// Events ends with CONDITION_NOT_MET, the KPI's value and the reason, and the schedule's history shows the same.
/// </summary>
public sealed class SendWhenProgressTests : IDisposable
{
    private readonly ApiHost _host = new(new Dictionary<string, string?>
    {
        // The tutor report reads the demo database the host creates in its data folder.
        ["DataSources:demo:Provider"] = "Sqlite",
        ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
    });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_run_whose_kpi_condition_is_not_met_ends_its_progress_and_history_as_condition_not_met_with_the_value()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = new
        {
            name = "No sessions alert",
            reportType = "tutor-weekly",
            parameters = new { tutorId = "all" },
            recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "MONDAY" } },
            timeZone = "Europe/Berlin",
            formats = new[] { "CSV" },
            recipients = new[] { new { email = "ada@example.org" } },
            // Sessions held are never negative: never sent.
            sendWhen = new { kind = "KPI", kpi = "sessionsHeld", @operator = "LT", threshold = 0 },
        };
        var created = (await client.DataAsync(Documents.CreateSchedule, new { input })).GetProperty("createSchedule");
        Assert.Equal(0, created.GetProperty("errors").GetArrayLength());
        var scheduleId = created.GetProperty("schedule").GetProperty("id").GetString();

        var run = (await client.DataAsync("mutation($input: RunScheduleNowInput!) { runScheduleNow(input: $input) { execution { id } errors { message } } }",
            new { input = new { id = scheduleId } })).GetProperty("runScheduleNow");
        var executionId = run.GetProperty("execution").GetProperty("id").GetString();

        var events = await FollowAsync(client, executionId!);
        var last = events[^1];
        Assert.Equal("CONDITION_NOT_MET", last.GetProperty("status").GetString());
        Assert.True(last.GetProperty("conditionValue").GetDouble() >= 0);
        Assert.Contains("so sessionsHeld < 0 is not met: nothing was sent.", last.GetProperty("conditionReason").GetString());
        Assert.Equal(0, last.GetProperty("deliveries").GetArrayLength());

        var history = await client.DataAsync("query($id: ID!) { schedule(id: $id) { recentExecutions { id status conditionReason } } }", new { id = scheduleId });
        var recent = Assert.Single(history.GetProperty("schedule").GetProperty("recentExecutions").EnumerateArray());
        Assert.Equal("CONDITION_NOT_MET", recent.GetProperty("status").GetString());
    }

    private static async Task<List<JsonElement>> FollowAsync(ApiClient client, string executionId)
    {
        const string subscription = "subscription($id: ID!) { executionProgress(executionId: $id) { status conditionValue conditionReason deliveries { email status } } }";
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = ApiClient.Json(new { query = subscription, variables = new { id = executionId } }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var events = new List<JsonElement>();
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(timeout.Token);
            }
            catch (IOException)
            {
                line = null; // the in-process server reports the end of a finished stream this way
            }

            if (line is null || line.StartsWith("event: complete", StringComparison.Ordinal)) break;
            if (line.StartsWith("data:", StringComparison.Ordinal) && line.Length > 6)
            {
                var payload = JsonDocument.Parse(line[5..].Trim()).RootElement;
                Assert.False(payload.TryGetProperty("errors", out var errors), "SSE error: " + errors);
                events.Add(payload.GetProperty("data").GetProperty("executionProgress").Clone());
            }
        }

        Assert.NotEmpty(events);
        return events;
    }
}
