using System.Text.Json;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Schedules;

/// <summary>
/// Flooding by schedule (issue #10 item 4): members' recurrences may not run more often than
/// <c>Schedules:MinimumInterval</c> (default 15 minutes); the shortest real gap between runs counts; admins may.
/// </summary>
public sealed class MinimumIntervalTests : IAsyncLifetime
{
    private const string UpdateSchedule = "mutation($id: ID!, $r: RecurrenceInput!) { updateSchedule(input: { id: $id, changes: { recurrence: $r } }) { schedule { id } errors { code message path } } }";
    private readonly ApiHost _host = new();
    private ApiClient _member = null!;

    public async Task InitializeAsync() => (_member, _) = await _host.MemberAsync("ann@example.org");

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("0/1 * * * * ?", "1 second(s)")]
    [InlineData("0 0/5 * * * ?", "5 minute(s)")]
    [InlineData("0 0,1 8 * * ?", "1 minute(s)")]          // twice a day, but a minute apart
    [InlineData("0 55 23 * * ?", null)]                    // once a day
    [InlineData("0 5,55 0,23 * * ?", "10 minute(s)")]      // 23:55 and 00:05 the next day
    [InlineData("0 0/15 * * * ?", null)]                   // exactly the minimum
    [InlineData("0 0/10 8 ? * MON", "10 minute(s)")]       // only on Mondays, still a flood then
    public async Task A_member_cron_running_more_often_than_the_minimum_is_refused_at_the_cron_field(string cron, string? gap)
    {
        var result = await CreateAsync(_member, new { kind = "CRON", cronExpression = cron });

        if (gap is null)
        {
            Assert.Equal(0, result.GetProperty("errors").GetArrayLength());
            return;
        }

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("TOO_FREQUENT", error.GetProperty("code").GetString());
        Assert.Equal(new[] { "recurrence", "cronExpression" }, error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains($"runs {gap} after", error.GetProperty("message").GetString());
        Assert.Contains("every 15 minute(s) (Schedules:MinimumInterval)", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("schedule").ValueKind);
    }

    [Fact]
    public async Task Daily_business_day_and_weekly_recurrences_are_fine()
    {
        Assert.Equal(0, (await CreateAsync(_member, new { kind = "DAILY", timeOfDay = "08:00", businessDaysOnly = true })).GetProperty("errors").GetArrayLength());
        Assert.Equal(0, (await CreateAsync(_member, new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "MONDAY", "TUESDAY" } })).GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Updating_to_a_too_frequent_cron_is_refused_and_the_schedule_keeps_its_recurrence()
    {
        var id = (await CreateAsync(_member, new { kind = "DAILY", timeOfDay = "08:00" })).GetProperty("schedule").GetProperty("id").GetString();

        var update = (await _member.DataAsync(UpdateSchedule, new { id, r = new { kind = "CRON", cronExpression = "0 * * * * ?" } })).GetProperty("updateSchedule");

        var error = Assert.Single(update.GetProperty("errors").EnumerateArray());
        Assert.Equal("TOO_FREQUENT", error.GetProperty("code").GetString());
        Assert.Equal(new[] { "changes", "recurrence", "cronExpression" }, error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var kept = (await _member.DataAsync("query($id: ID!) { schedule(id: $id) { recurrence { kind } } }", new { id })).GetProperty("schedule");
        Assert.Equal("DAILY", kept.GetProperty("recurrence").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Admins_may_schedule_more_often()
    {
        var admin = await _host.AdminAsync();
        var result = await CreateAsync(admin, new { kind = "CRON", cronExpression = "0 0/1 * * * ?" });
        Assert.Equal(0, result.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task The_minimum_is_configurable()
    {
        using var host = new ApiHost(new Dictionary<string, string?> { ["Schedules:MinimumInterval"] = "01:00:00" });
        var (member, _) = await host.MemberAsync("bob@example.org");

        var refused = await CreateAsync(member, new { kind = "CRON", cronExpression = "0 0/30 * * * ?" });
        Assert.Contains("every 1 hour(s)", refused.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, (await CreateAsync(member, new { kind = "CRON", cronExpression = "0 0 * * * ?" })).GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void The_gap_search_finds_rare_floods_and_stays_quiet_for_rare_rules()
    {
        var from = new DateTime(2026, 12, 3, 12, 0, 0);
        // Every ten minutes, but only in the last hour of the month's last day: found though it is weeks away.
        Assert.Equal(TimeSpan.FromMinutes(10), RecurrenceGaps.FindGapShorterThan(Recurrence.Cron("0 0/10 23 L * ?"), from, TimeSpan.FromMinutes(15)));
        Assert.Null(RecurrenceGaps.FindGapShorterThan(Recurrence.Cron("0 0 8 1 1 ? *"), from, TimeSpan.FromMinutes(15)));
        Assert.Null(RecurrenceGaps.FindGapShorterThan(Recurrence.Daily(new TimeOnly(8, 0)), from, TimeSpan.FromDays(1)));
    }

    private static async Task<JsonElement> CreateAsync(ApiClient client, object recurrence)
    {
        var input = new
        {
            name = "Flood?",
            reportType = "tutor-weekly",
            parameters = new { tutorId = "all" },
            recurrence,
            timeZone = "Europe/Berlin",
            formats = new[] { "CSV" },
            recipients = new[] { new { email = "ada@example.org" } },
        };
        return (await client.DataAsync(Documents.CreateSchedule, new { input })).GetProperty("createSchedule");
    }
}
