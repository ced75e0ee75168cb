using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Tests.Api;

public sealed class ScheduleApiTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_member_creates_a_schedule_and_finds_it_by_list_by_id_and_by_node()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var created = (await client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly("Weekly tutors", "ada@example.org", "bob@example.org") }))
            .GetProperty("createSchedule");

        Assert.Equal(0, created.GetProperty("errors").GetArrayLength());
        var schedule = created.GetProperty("schedule");
        var id = schedule.GetProperty("id").GetString()!;
        Assert.Equal("Every Monday at 08:00", schedule.GetProperty("recurrence").GetProperty("description").GetString());
        Assert.Equal("ann@example.org", schedule.GetProperty("owner").GetProperty("email").GetString());
        Assert.Equal(2, schedule.GetProperty("recipients").GetArrayLength());
        Assert.Equal("all", schedule.GetProperty("parameters").GetProperty("tutorId").GetString());
        var next = DateTimeOffset.Parse(schedule.GetProperty("nextRunAt").GetString()!, CultureInfo.InvariantCulture);
        var berlin = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Equal((DayOfWeek.Monday, 8, 0), (berlin.DayOfWeek, berlin.Hour, berlin.Minute));
        Assert.True(next > DateTimeOffset.UtcNow);

        var list = await client.DataAsync("{ schedules { nodes { id name } } }");
        Assert.Contains(list.GetProperty("schedules").GetProperty("nodes").EnumerateArray(), s => s.GetProperty("id").GetString() == id);

        var one = await client.DataAsync("query($id: ID!) { schedule(id: $id) { name } node(id: $id) { id ... on Schedule { name } } }", new { id });
        Assert.Equal("Weekly tutors", one.GetProperty("schedule").GetProperty("name").GetString());
        Assert.Equal("Weekly tutors", one.GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_page_of_schedules_shows_each_ones_newest_execution_and_none_for_a_schedule_that_never_ran()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        foreach (var name in new[] { "Long history", "Never ran", "Same minute" })
        {
            await client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly(name, "ada@example.org") });
        }

        // Finished executions written directly (queued ones would start the worker): the newest is neither the
        // first nor the last written, and two share a CreatedAt, where the later occurrence counts.
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        var day = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        var expected = new Dictionary<string, Guid>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var ids = await db.Schedules.ToDictionaryAsync(s => s.Name, s => s.Id);
            Execution Finished(string schedule, int days, int createdDays)
            {
                var execution = new Execution
                {
                    ScheduleId = ids[schedule], Trigger = ExecutionTrigger.Scheduled, Status = ExecutionStatus.Succeeded,
                    ScheduledFor = day.AddDays(days), CreatedAt = day.AddDays(createdDays), FinishedAt = day.AddDays(createdDays),
                };
                db.Executions.Add(execution);
                return execution;
            }

            Finished("Long history", 1, 1);
            expected["Long history"] = Finished("Long history", 30, 30).Id;
            Finished("Long history", 7, 7);
            Finished("Same minute", 2, 5);
            expected["Same minute"] = Finished("Same minute", 3, 5).Id;
            await db.SaveChangesAsync();
        }

        var nodes = (await client.DataAsync("{ schedules { nodes { name lastExecution { id } } } }")).GetProperty("schedules").GetProperty("nodes")
            .EnumerateArray().ToDictionary(n => n.GetProperty("name").GetString()!, n => n.GetProperty("lastExecution"));

        Assert.Equal(GlobalId.Encode("Execution", expected["Long history"]), nodes["Long history"].GetProperty("id").GetString());
        Assert.Equal(GlobalId.Encode("Execution", expected["Same minute"]), nodes["Same minute"].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes["Never ran"].ValueKind);
    }

    [Fact]
    public async Task Every_problem_of_the_input_is_returned_at_once_with_the_path_of_its_field_and_nothing_is_saved()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = new
        {
            name = "",
            reportType = "payer-drift",
            parameters = new { baselineWeeks = 50, color = "red" },
            recurrence = new { kind = "MONTHLY", timeOfDay = "23:00", dayOfMonth = 32 },
            timeZone = "Europe/Berln",
            formats = new[] { "PDF", "PDF" },
            subject = "{{name}} {{weather}}",
            recipients = new[] { new { email = "ok@example.org" }, new { email = "ok@example.org" }, new { email = "not-an-email" } },
        };
        var payload = (await client.DataAsync(Documents.CreateSchedule, new { input })).GetProperty("createSchedule");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("schedule").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray()
            .Select(e => (Path: string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())), Code: e.GetProperty("code").GetString(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(errors, e => e.Path == "name" && e.Code == "REQUIRED");
        Assert.Contains(errors, e => e.Path == "parameters.baselineWeeks" && e.Code == "OUT_OF_RANGE" && e.Message.Contains("from 2 to 20"));
        Assert.Contains(errors, e => e.Path == "parameters.color" && e.Code == "UNKNOWN");
        Assert.Contains(errors, e => e.Path == "recurrence.dayOfMonth" && e.Code == "OUT_OF_RANGE");
        Assert.Contains(errors, e => e.Path == "timeZone" && e.Message.Contains("Europe/Berln"));
        Assert.Contains(errors, e => e.Path == "formats.1" && e.Code == "DUPLICATE");
        Assert.Contains(errors, e => e.Path == "subject" && e.Message.Contains("weather"));
        Assert.Contains(errors, e => e.Path == "recipients.1.email" && e.Code == "DUPLICATE");
        Assert.Contains(errors, e => e.Path == "recipients.2.email" && e.Code == "INVALID");
        // The path is typed: list indexes are numbers.
        var recipientError = payload.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("path")[0].GetString() == "recipients");
        Assert.Equal(JsonValueKind.Number, recipientError.GetProperty("path")[1].ValueKind);

        var list = await client.DataAsync("{ schedules { nodes { id } } }");
        Assert.Equal(0, list.GetProperty("schedules").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("8 o'clock")]
    [InlineData("25:00")]
    [InlineData("8:00")]
    [InlineData("08:00+01:00")]
    public async Task A_time_of_day_that_is_not_a_LocalTime_is_refused_naming_the_field_and_the_allowed_form_and_nothing_is_saved(string time)
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = new
        {
            name = "Tutors",
            reportType = "tutor-weekly",
            parameters = new { tutorId = "all" },
            recurrence = new { kind = "WEEKLY", timeOfDay = time, weekdays = new[] { "MONDAY" } },
            timeZone = "Europe/Berlin",
            formats = new[] { "PDF" },
            recipients = new[] { new { email = "ada@example.org" } },
        };

        var body = await client.PostAsync(Documents.CreateSchedule, new { input });

        var message = body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("input.recurrence.timeOfDay", message);
        Assert.Contains("HH:mm or HH:mm:ss", message);
        Assert.Contains("LocalTime", message);
        var literal = await client.PostAsync("mutation { createSchedule(input: { name: \"x\", reportType: \"tutor-weekly\", recurrence: { kind: DAILY, timeOfDay: \"" + time + "\" }, timeZone: \"Europe/Berlin\", formats: [CSV], recipients: [{ email: \"a@example.org\" }] }) { errors { code } } }");
        Assert.Contains("HH:mm or HH:mm:ss", literal.GetProperty("errors")[0].GetProperty("message").GetString());
        var list = await client.DataAsync("{ schedules { totalCount } }");
        Assert.Equal(0, list.GetProperty("schedules").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("07:30", "07:30")]
    [InlineData("07:30:00", "07:30")]
    [InlineData("17:30:15", "17:30:15")]
    public async Task A_time_of_day_is_read_back_as_HH_mm_or_with_its_seconds(string sent, string expected)
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = new
        {
            name = "Daily",
            reportType = "tutor-weekly",
            parameters = new { tutorId = "all" },
            recurrence = new { kind = "DAILY", timeOfDay = sent },
            timeZone = "Europe/Berlin",
            formats = new[] { "PDF" },
            recipients = new[] { new { email = "ada@example.org" } },
        };

        var created = (await client.DataAsync(Documents.CreateSchedule, new { input })).GetProperty("createSchedule");

        Assert.Equal(0, created.GetProperty("errors").GetArrayLength());
        Assert.Equal(expected, created.GetProperty("schedule").GetProperty("recurrence").GetProperty("timeOfDay").GetString());
    }

    [Theory]
    [InlineData("recurrence.dayOfMonth", """{"kind":"MONTHLY","timeOfDay":"08:00","dayOfMonth":32}""", "Europe/Berlin")]
    [InlineData("recurrence.weekdays", """{"kind":"WEEKLY","timeOfDay":"08:00","weekdays":[]}""", "Europe/Berlin")]
    [InlineData("recurrence.cronExpression", """{"kind":"CRON","cronExpression":"0 0 25 * * ?"}""", "Europe/Berlin")]
    [InlineData("timeZone", """{"kind":"DAILY","timeOfDay":"08:00"}""", "Mars/Olympus")]
    public async Task Bad_recurrences_and_time_zones_name_the_field(string path, string recurrenceJson, string timeZone)
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = JsonSerializer.SerializeToElement(Documents.TutorWeekly()).Deserialize<Dictionary<string, object?>>()!;
        input["recurrence"] = JsonDocument.Parse(recurrenceJson).RootElement;
        input["timeZone"] = timeZone;
        var errors = (await client.DataAsync(Documents.CreateSchedule, new { input })).GetProperty("createSchedule").GetProperty("errors");

        Assert.Contains(errors.EnumerateArray(), e => string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())) == path);
    }

    [Fact]
    public async Task Unknown_report_types_and_unsupported_formats_are_refused()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = JsonSerializer.SerializeToElement(Documents.TutorWeekly()).Deserialize<Dictionary<string, object?>>()!;
        input["reportType"] = "weather-report";
        var errors = (await client.DataAsync(Documents.CreateSchedule, new { input })).GetProperty("createSchedule").GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("path")[0].GetString() == "reportType" && e.GetProperty("message").GetString()!.Contains("tutor-weekly"));
    }

    [Fact]
    public async Task Updating_the_recurrence_recomputes_the_next_run_and_pause_and_resume_clear_and_restore_it()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var id = (await client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() }))
            .GetProperty("createSchedule").GetProperty("schedule").GetProperty("id").GetString();

        var updated = (await client.DataAsync("""
            mutation($i: UpdateScheduleInput!) { updateSchedule(input: $i) { schedule { nextRunAt recurrence { description } } errors { path message } } }
            """, new { i = new { id, changes = new { recurrence = new { kind = "MONTHLY", timeOfDay = "18:00", lastDayOfMonth = true }, timeZone = "America/New_York" } } }))
            .GetProperty("updateSchedule");
        Assert.Equal(0, updated.GetProperty("errors").GetArrayLength());
        var next = DateTimeOffset.Parse(updated.GetProperty("schedule").GetProperty("nextRunAt").GetString()!, CultureInfo.InvariantCulture);
        var local = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal(DateTime.DaysInMonth(local.Year, local.Month), local.Day);
        Assert.Equal(18, local.Hour);

        var paused = await client.DataAsync("mutation($i: PauseScheduleInput!) { pauseSchedule(input: $i) { schedule { isActive nextRunAt } } }", new { i = new { id } });
        Assert.False(paused.GetProperty("pauseSchedule").GetProperty("schedule").GetProperty("isActive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, paused.GetProperty("pauseSchedule").GetProperty("schedule").GetProperty("nextRunAt").ValueKind);

        var resumed = await client.DataAsync("mutation($i: ResumeScheduleInput!) { resumeSchedule(input: $i) { schedule { isActive nextRunAt } } }", new { i = new { id } });
        Assert.Equal(next, DateTimeOffset.Parse(resumed.GetProperty("resumeSchedule").GetProperty("schedule").GetProperty("nextRunAt").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Recipients_are_added_and_removed_and_duplicates_are_refused()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var id = (await client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() }))
            .GetProperty("createSchedule").GetProperty("schedule").GetProperty("id").GetString();

        var added = (await client.DataAsync("""
            mutation($i: AddRecipientsInput!) { addRecipients(input: $i) { errors { path code } } }
            """, new { i = new { scheduleId = id, recipients = new object[] { new { email = "cy@example.org", displayName = "Cy" }, new { email = "ADA@example.org" } } } }))
            .GetProperty("addRecipients");
        var duplicate = Assert.Single(added.GetProperty("errors").EnumerateArray());
        Assert.Equal("DUPLICATE", duplicate.GetProperty("code").GetString());
        Assert.Equal(1, duplicate.GetProperty("path")[1].GetInt32());

        await client.DataAsync("mutation($i: AddRecipientsInput!) { addRecipients(input: $i) { errors { path } } }",
            new { i = new { scheduleId = id, recipients = new[] { new { email = "cy@example.org" } } } });
        var recipients = (await client.DataAsync("query($id: ID!) { schedule(id: $id) { recipients { id email } } }", new { id }))
            .GetProperty("schedule").GetProperty("recipients");
        Assert.Equal(["ada@example.org", "cy@example.org"], recipients.EnumerateArray().Select(r => r.GetProperty("email").GetString()!).ToArray());

        var ada = recipients[0].GetProperty("id").GetString();
        await client.DataAsync("mutation($i: RemoveRecipientInput!) { removeRecipient(input: $i) { schedule { id } } }", new { i = new { recipientId = ada } });
        var after = (await client.DataAsync("query($id: ID!) { schedule(id: $id) { recipients { email } } }", new { id })).GetProperty("schedule").GetProperty("recipients");
        Assert.Equal("cy@example.org", Assert.Single(after.EnumerateArray()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Report_types_list_parameters_with_what_is_allowed()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var types = (await client.DataAsync("{ reportTypes { key isAvailable formats parameters { name type required allowed defaultValue } } }")).GetProperty("reportTypes");
        var drift = types.EnumerateArray().Single(t => t.GetProperty("key").GetString() == "payer-drift");
        var baseline = drift.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "baselineWeeks");
        Assert.Equal("INTEGER", baseline.GetProperty("type").GetString());
        Assert.Equal("a whole number from 2 to 20", baseline.GetProperty("allowed").GetString());
        Assert.Equal(8, baseline.GetProperty("defaultValue").GetInt32());
    }

    [Fact]
    public async Task Run_now_queues_a_manual_execution_without_touching_the_next_run()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var schedule = (await client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() })).GetProperty("createSchedule").GetProperty("schedule");
        var id = schedule.GetProperty("id").GetString();

        var run = (await client.DataAsync("mutation($i: RunScheduleNowInput!) { runScheduleNow(input: $i) { execution { id trigger status } } }", new { i = new { id } }))
            .GetProperty("runScheduleNow").GetProperty("execution");
        Assert.Equal("MANUAL", run.GetProperty("trigger").GetString());

        var after = (await client.DataAsync("query($id: ID!) { schedule(id: $id) { nextRunAt lastExecution { id trigger } } }", new { id })).GetProperty("schedule");
        Assert.Equal(DateTimeOffset.Parse(schedule.GetProperty("nextRunAt").GetString()!, CultureInfo.InvariantCulture), DateTimeOffset.Parse(after.GetProperty("nextRunAt").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(run.GetProperty("id").GetString(), after.GetProperty("lastExecution").GetProperty("id").GetString());

        var history = (await client.DataAsync("query($id: ID!) { executions(scheduleId: $id) { nodes { id trigger } } }", new { id })).GetProperty("executions");
        Assert.Equal(run.GetProperty("id").GetString(), Assert.Single(history.GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString());
    }
}
