using System.Text.Json;

namespace ReportGraph.Host.Tests.Api;

/// <summary>sendWhen through GraphQL: report types list their KPIs; createSchedule/updateSchedule take, check and return the condition.</summary>
public sealed class SendWhenApiTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    private const string Create = """
        mutation Create($input: CreateScheduleInput!) {
          createSchedule(input: $input) {
            schedule { id sendWhen { kind kpi operator threshold description } consecutiveFailures pausedReason }
            errors { code message path }
          }
        }
        """;

    private const string Update = """
        mutation Update($input: UpdateScheduleInput!) {
          updateSchedule(input: $input) {
            schedule { sendWhen { kind kpi operator threshold description } }
            errors { code message path }
          }
        }
        """;

    private static object PayerDrift(object? sendWhen) => new
    {
        name = "Payer drift alert",
        reportType = "payer-drift",
        recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "MONDAY" } },
        timeZone = "Europe/Berlin",
        formats = new[] { "PDF" },
        recipients = new[] { new { email = "ada@example.org" } },
        sendWhen,
    };

    private static List<(string Path, string? Code, string Message)> Errors(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray()
            .Select(e => (string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())), e.GetProperty("code").GetString(), e.GetProperty("message").GetString()!))
            .ToList();

    [Fact]
    public async Task Report_types_list_the_kpis_a_condition_can_use()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var types = await client.DataAsync("{ reportTypes { key kpis { key label description } } }");

        var drift = types.GetProperty("reportTypes").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "payer-drift");
        Assert.Equal(["payersFlagged", "denialRate", "worstChange"], drift.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("key").GetString()!).ToArray());
        Assert.Equal("Payers flagged", drift.GetProperty("kpis")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_kpi_condition_is_saved_and_returned_and_can_be_changed()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var created = (await client.DataAsync(Create, new { input = PayerDrift(new { kind = "KPI", kpi = "payersFlagged", @operator = "GT", threshold = 0 }) }))
            .GetProperty("createSchedule");

        Assert.Empty(Errors(created));
        var schedule = created.GetProperty("schedule");
        var sendWhen = schedule.GetProperty("sendWhen");
        Assert.Equal("KPI", sendWhen.GetProperty("kind").GetString());
        Assert.Equal("payersFlagged", sendWhen.GetProperty("kpi").GetString());
        Assert.Equal("GT", sendWhen.GetProperty("operator").GetString());
        Assert.Equal(0, sendWhen.GetProperty("threshold").GetDouble());
        Assert.Equal("only when payersFlagged > 0", sendWhen.GetProperty("description").GetString());
        Assert.Equal(0, schedule.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(JsonValueKind.Null, schedule.GetProperty("pausedReason").ValueKind);

        var id = schedule.GetProperty("id").GetString();
        var refused = (await client.DataAsync(Update, new { input = new { id, changes = new { sendWhen = new { kind = "HAS_ROWS", kpi = "payersFlagged" } } } }))
            .GetProperty("updateSchedule");
        Assert.Contains(Errors(refused), e => e.Path == "changes.sendWhen.kpi" && e.Code == "NOT_ALLOWED" && e.Message.Contains("only to kind KPI"));

        var updated = (await client.DataAsync(Update, new { input = new { id, changes = new { sendWhen = new { kind = "HAS_ROWS" } } } }))
            .GetProperty("updateSchedule");
        Assert.Empty(Errors(updated));
        Assert.Equal("HAS_ROWS", updated.GetProperty("schedule").GetProperty("sendWhen").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("schedule").GetProperty("sendWhen").GetProperty("kpi").ValueKind);
    }

    [Fact]
    public async Task An_unknown_kpi_is_refused_with_its_path_naming_the_kpis_that_exist_and_a_schedule_without_sendWhen_sends_always()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var refused = (await client.DataAsync(Create, new { input = PayerDrift(new { kind = "KPI", kpi = "payersFlaged", @operator = "GTE", threshold = 1 }) }))
            .GetProperty("createSchedule");

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("schedule").ValueKind);
        var error = Assert.Single(Errors(refused));
        Assert.Equal(("sendWhen.kpi", "NOT_FOUND"), (error.Path, error.Code));
        Assert.Contains("'payersFlaged' is not a KPI of report type 'payer-drift'", error.Message);
        Assert.Contains("payersFlagged (Payers flagged)", error.Message);

        var plain = (await client.DataAsync(Create, new { input = PayerDrift(null) })).GetProperty("createSchedule");
        Assert.Equal("ALWAYS", plain.GetProperty("schedule").GetProperty("sendWhen").GetProperty("kind").GetString());
    }
}
