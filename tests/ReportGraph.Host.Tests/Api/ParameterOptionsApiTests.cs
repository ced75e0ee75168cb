using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// Parameters checked when saved: the sample reports' id parameters offer their values from the demo data through
/// <c>reportTypes { parameters { options } }</c>, and createSchedule, updateSchedule, runScheduleNow and sendTestReport
/// refuse an id the data does not have, with the parameter's path, together with every other problem of the input.
/// </summary>
public sealed class ParameterOptionsApiTests : IDisposable
{
    private const string Options = """
        query($search: String, $first: Int) {
          reportTypes { key parameters { name hasOptions options(search: $search, first: $first) { value label } } }
        }
        """;

    private readonly ApiHost _host = new(new Dictionary<string, string?>
    {
        ["DataSources:demo:Provider"] = "Sqlite",
        ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
    });

    public void Dispose() => _host.Dispose();

    private static List<(string Path, string? Code, string Message)> Errors(JsonElement payload) => payload.GetProperty("errors").EnumerateArray()
        .Select(e => (string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())), e.GetProperty("code").GetString(), e.GetProperty("message").GetString()!))
        .ToList();

    [Fact]
    public async Task Every_sample_reports_id_parameter_offers_options_from_the_demo_data()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var types = (await client.DataAsync(Options, new { first = 60 })).GetProperty("reportTypes").EnumerateArray()
            .ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("parameters").EnumerateArray().ToList());

        JsonElement Parameter(string key, string name) => types[key].Single(p => p.GetProperty("name").GetString() == name);
        var tutors = Parameter("tutor-weekly", "tutorId").GetProperty("options").EnumerateArray().ToList();
        var students = Parameter("student-report", "studentId").GetProperty("options").EnumerateArray().ToList();
        var payers = Parameter("payer-drift", "payer").GetProperty("options").EnumerateArray().ToList();

        Assert.Equal(("all", "All tutors"), (tutors[0].GetProperty("value").GetString(), tutors[0].GetProperty("label").GetString()));
        Assert.Equal(7, tutors.Count); // all + T01..T06
        Assert.Matches("^T01 — .+", tutors[1].GetProperty("label").GetString());
        Assert.Equal(60, students.Count);
        Assert.Equal(1, students[0].GetProperty("value").GetInt32()); // a number, as the parameter is INTEGER
        Assert.Matches(@"^Student 1 — .+ \(.+\)$", students[0].GetProperty("label").GetString());
        Assert.Contains(payers, p => p.GetProperty("value").GetString() == "BSM" && p.GetProperty("label").GetString() == "BSM — Bluestone Mutual");
        Assert.True(Parameter("payer-drift", "payer").GetProperty("hasOptions").GetBoolean());
        Assert.False(Parameter("payer-drift", "baselineWeeks").GetProperty("hasOptions").GetBoolean());
        Assert.Equal(0, Parameter("payer-drift", "baselineWeeks").GetProperty("options").GetArrayLength());
    }

    [Fact]
    public async Task Options_are_searched_and_limited_and_a_huge_page_is_refused()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var found = (await client.DataAsync(Options, new { search = "bluestone", first = 5 })).GetProperty("reportTypes").EnumerateArray()
            .Single(t => t.GetProperty("key").GetString() == "payer-drift").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "payer").GetProperty("options");
        Assert.Equal("BSM", Assert.Single(found.EnumerateArray()).GetProperty("value").GetString());

        var three = (await client.DataAsync(Options, new { first = 3 })).GetProperty("reportTypes").EnumerateArray()
            .Single(t => t.GetProperty("key").GetString() == "student-report").GetProperty("parameters")[0].GetProperty("options");
        Assert.Equal(3, three.GetArrayLength());

        var tooMany = await client.PostAsync("""{ reportType(key: "student-report") { parameters { options(first: 101) { value } } } }""");
        Assert.Equal("BAD_USER_INPUT", ApiClient.FirstErrorCode(tooMany));
        Assert.Contains("first must be from 1 to 100", tooMany.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_id_is_refused_on_create_with_its_path_together_with_every_other_problem()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = new
        {
            name = "Tutor T99",
            reportType = "tutor-weekly",
            parameters = new { tutorId = "T99" },
            recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = Array.Empty<string>() },
            timeZone = "Europe/Berln",
            formats = new[] { "PDF" },
            recipients = new[] { new { email = "nobody" } },
        };
        var payload = (await client.DataAsync(Documents.CreateSchedule, new { input })).GetProperty("createSchedule");
        var errors = Errors(payload);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("schedule").ValueKind);
        Assert.Contains(errors, e => e.Path == "parameters.tutorId" && e.Code == "NOT_FOUND" && e.Message.Contains("'T99' is not a known tutor") && e.Message.Contains("T01 — "));
        Assert.Contains(errors, e => e.Path == "recurrence.weekdays" && e.Code == "REQUIRED");
        Assert.Contains(errors, e => e.Path == "timeZone");
        Assert.Contains(errors, e => e.Path == "recipients.0.email" && e.Code == "INVALID");

        var student = await client.DataAsync(Documents.CreateSchedule, new { input = StudentReport(9999) });
        Assert.Contains(Errors(student.GetProperty("createSchedule")), e => e.Path == "parameters.studentId" && e.Code == "NOT_FOUND");
    }

    [Fact]
    public async Task An_unknown_id_is_refused_on_update_and_a_known_one_in_another_case_is_saved()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var id = (await client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() }))
            .GetProperty("createSchedule").GetProperty("schedule").GetProperty("id").GetString();
        const string Update = "mutation($i: UpdateScheduleInput!) { updateSchedule(input: $i) { schedule { parameters } errors { code message path } } }";

        var refused = (await client.DataAsync(Update, new { i = new { id, changes = new { parameters = new { tutorId = "T42" } } } })).GetProperty("updateSchedule");
        Assert.True(Errors(refused).Any(e => e.Path == "changes.parameters.tutorId" && e.Code == "NOT_FOUND"), string.Join("\n", Errors(refused)));

        var saved = (await client.DataAsync(Update, new { i = new { id, changes = new { parameters = new { tutorId = "T03" } } } })).GetProperty("updateSchedule");
        Assert.Empty(Errors(saved));
        Assert.Equal("T03", saved.GetProperty("schedule").GetProperty("parameters").GetProperty("tutorId").GetString());
    }

    [Theory]
    [InlineData("runScheduleNow")]
    [InlineData("sendTestReport")]
    public async Task A_run_now_or_test_of_a_schedule_whose_id_is_gone_is_refused_with_the_path_and_nothing_is_queued(string mutation)
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var schedule = (await client.DataAsync(Documents.CreateSchedule, new { input = StudentReport(12) })).GetProperty("createSchedule").GetProperty("schedule");
        var id = schedule.GetProperty("id").GetString();
        // The student left the school after the schedule was saved.
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Set<Schedule>().ExecuteUpdateAsync(u => u.SetProperty(s => s.ParametersJson, """{"studentId":4040,"includeAttendanceDetail":false}"""));
        }

        var payload = (await client.DataAsync($"mutation($i: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $i) {{ execution {{ id }} errors {{ code message path }} }} }}", new { i = new { id } }))
            .GetProperty(mutation);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("execution").ValueKind);
        var error = Assert.Single(Errors(payload));
        Assert.Equal(("parameters.studentId", "NOT_FOUND"), (error.Path, error.Code));
        Assert.Contains("4040 is not a known student", error.Message);
        var history = (await client.DataAsync("query($id: ID!) { executions(scheduleId: $id) { nodes { id } } }", new { id })).GetProperty("executions");
        Assert.Equal(0, history.GetProperty("nodes").GetArrayLength());
    }

    private static object StudentReport(long studentId) => new
    {
        name = $"Student {studentId}",
        reportType = "student-report",
        parameters = new { studentId },
        recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "FRIDAY" } },
        timeZone = "Europe/Berlin",
        formats = new[] { "PDF" },
        recipients = new[] { new { email = "guardian@example.org" } },
    };
}
