using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Schedules;

/// <summary>
/// The editor's preview (previewRecurrence): the next runs as the scheduler computes them, DST and month ends
/// included, and the same errors at the same paths as createSchedule.
/// </summary>
public sealed class RecurrencePreviewTests : IAsyncLifetime
{
    private const string Preview = "query($r: RecurrenceInput!, $z: String!, $n: Int! = 5) { previewRecurrence(recurrence: $r, timeZone: $z, count: $n) { description occurrences errors { code message path } } }";

    // Thursday 19 March 2026: Berlin moves its clocks forward on Sunday 29 March.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 19, 12, 0, 0, TimeSpan.Zero));
    private readonly ApiHost _host = new();
    private WebApplicationFactory<Program> _app = null!;
    private ApiClient _member = null!;

    public async Task InitializeAsync()
    {
        _app = _host.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        await _app.Services.GetRequiredService<ReportGraph.Host.Security.AccountService>()
            .CreateUserAsync("ann@example.org", "ann", ReportGraph.Host.Api.UserRole.Member, ApiHost.MemberPassword, CancellationToken.None);
        _member = new ApiClient(_app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));
        await _member.SignInAsync("ann@example.org", ApiHost.MemberPassword);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        _host.Dispose();
        return Task.CompletedTask;
    }

    private async Task<JsonElement> PreviewAsync(object recurrence, string zone = "Europe/Berlin", int count = 5) =>
        (await _member.DataAsync(Preview, new { r = recurrence, z = zone, n = count })).GetProperty("previewRecurrence");

    [Fact]
    public async Task A_weekly_rule_shows_its_words_and_next_five_mondays_across_the_spring_forward_change()
    {
        var preview = await PreviewAsync(new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "MONDAY" } });

        Assert.Equal(0, preview.GetProperty("errors").GetArrayLength());
        Assert.Equal("Every Monday at 08:00", preview.GetProperty("description").GetString());
        Assert.Equal(
            ["2026-03-23T08:00:00+01:00", "2026-03-30T08:00:00+02:00", "2026-04-06T08:00:00+02:00", "2026-04-13T08:00:00+02:00", "2026-04-20T08:00:00+02:00"],
            preview.GetProperty("occurrences").EnumerateArray().Select(o => DateTimeOffset.Parse(o.GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_last_day_of_the_month_follows_the_months_length()
    {
        var preview = await PreviewAsync(new { kind = "MONTHLY", timeOfDay = "18:00", lastDayOfMonth = true }, count: 3);

        Assert.Equal(["2026-03-31", "2026-04-30", "2026-05-31"],
            preview.GetProperty("occurrences").EnumerateArray().Select(o => o.GetString()![..10]));
    }

    [Fact]
    public async Task Bad_input_gets_errors_at_the_paths_create_schedule_uses_and_no_occurrences()
    {
        var preview = await PreviewAsync(new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = Array.Empty<string>() }, zone: "Mars/Olympus");

        var paths = preview.GetProperty("errors").EnumerateArray().Select(e => string.Join('.', e.GetProperty("path").EnumerateArray().Select(p => p.ToString()))).ToList();
        Assert.Contains("recurrence.weekdays", paths);
        Assert.Contains("timeZone", paths);
        Assert.Contains("at least one day", preview.GetProperty("errors").ToString());
        Assert.Equal(0, preview.GetProperty("occurrences").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("description").ValueKind);
    }

    [Fact]
    public async Task A_time_of_day_that_is_not_a_LocalTime_is_refused_by_the_scalar_naming_the_field()
    {
        var response = await _member.PostAsync(Preview, new { r = new { kind = "DAILY", timeOfDay = "8 o'clock" }, z = "Europe/Berlin", n = 5 });

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Contains("r.timeOfDay", error.GetProperty("message").GetString());
        Assert.Contains("HH:mm", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_count_outside_one_to_twenty_is_refused_at_count()
    {
        var preview = await PreviewAsync(new { kind = "DAILY", timeOfDay = "08:00" }, count: 500);

        var error = Assert.Single(preview.GetProperty("errors").EnumerateArray());
        Assert.Equal("OUT_OF_RANGE", error.GetProperty("code").GetString());
        Assert.Equal("count", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Anonymous_callers_cannot_preview()
    {
        var anonymous = new ApiClient(_app.CreateClient());
        var body = await anonymous.PostAsync(Preview, new { r = new { kind = "DAILY", timeOfDay = "08:00" }, z = "UTC", n = 5 });

        Assert.Equal("UNAUTHENTICATED", ApiClient.FirstErrorCode(body));
    }
}
