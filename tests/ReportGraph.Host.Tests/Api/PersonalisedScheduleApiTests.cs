using System.Text.Json;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// Personalised schedules through GraphQL: each recipient's parameters are checked when saved like the schedule's,
/// at <c>["recipients", i, "parameters", name]</c> (unknown ids included), together with every other problem, and
/// Schedule.recipients shows them.
/// </summary>
public sealed class PersonalisedScheduleApiTests : IDisposable
{
    private const string Create = """
        mutation Create($input: CreateScheduleInput!) {
          createSchedule(input: $input) {
            schedule { id parameters recipients { email parameters } }
            errors { code message path }
          }
        }
        """;

    private readonly ApiHost _host = new(new Dictionary<string, string?>
    {
        ["DataSources:demo:Provider"] = "Sqlite",
        ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
        ["Delivery:OutboxDirectory"] = "outbox", // emails become .eml files in the data folder
        ["Executions:PollInterval"] = "00:00:00.250",
    });

    public void Dispose() => _host.Dispose();

    private static List<(string Path, string? Code, string Message)> Errors(JsonElement payload) => payload.GetProperty("errors").EnumerateArray()
        .Select(e => (string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())), e.GetProperty("code").GetString(), e.GetProperty("message").GetString()!))
        .ToList();

    private static object Input(params object[] recipients) => new
    {
        name = "Tutor weekly — each tutor their own",
        reportType = "tutor-weekly",
        parameters = new { tutorId = "all" },
        recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "MONDAY" } },
        timeZone = "Europe/Berlin",
        formats = new[] { "PDF", "CSV" },
        recipients,
    };

    [Fact]
    public async Task Each_recipients_parameters_are_saved_and_shown_and_readers_without_them_get_the_schedules()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var payload = (await client.DataAsync(Create, new
        {
            input = Input(
                new { email = "t1@example.org", parameters = new { tutorId = "T01" } },
                new { email = "t2@example.org", parameters = (object)new { tutorId = "T02" } },
                new { email = "head@example.org", parameters = (object?)null }),
        })).GetProperty("createSchedule");

        Assert.Empty(Errors(payload));
        var recipients = payload.GetProperty("schedule").GetProperty("recipients").EnumerateArray()
            .ToDictionary(r => r.GetProperty("email").GetString()!, r => r.GetProperty("parameters"));
        Assert.Equal("T01", recipients["t1@example.org"].GetProperty("tutorId").GetString());
        Assert.Equal("T02", recipients["t2@example.org"].GetProperty("tutorId").GetString());
        Assert.Equal(JsonValueKind.Null, recipients["head@example.org"].ValueKind);
        Assert.Equal("all", payload.GetProperty("schedule").GetProperty("parameters").GetProperty("tutorId").GetString());
    }

    [Fact]
    public async Task An_unknown_id_of_one_recipient_is_refused_with_its_path_together_with_every_other_problem()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var payload = (await client.DataAsync(Create, new
        {
            input = Input(
                new { email = "t1@example.org", parameters = (object)new { tutorId = "T01" } },
                new { email = "t9@example.org", parameters = (object)new { tutorId = "T99" } },
                new { email = "bad", parameters = (object)new { tutor = "T02" } },
                new { email = "list@example.org", parameters = (object)new[] { "T03" } }),
        })).GetProperty("createSchedule");

        var errors = Errors(payload);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("schedule").ValueKind);
        Assert.Contains(errors, e => e.Path == "recipients.1.parameters.tutorId" && e.Code == "NOT_FOUND" && e.Message.Contains("'T99' is not a known tutor") && e.Message.Contains("T01 — "));
        Assert.Contains(errors, e => e.Path == "recipients.2.email" && e.Code == "INVALID");
        Assert.Contains(errors, e => e.Path == "recipients.2.parameters.tutor" && e.Code == "UNKNOWN" && e.Message.Contains("known parameters: tutorId"));
        Assert.Contains(errors, e => e.Path == "recipients.3.parameters" && e.Code == "INVALID" && e.Message.Contains("JSON object"));
        Assert.DoesNotContain(errors, e => e.Path.StartsWith("recipients.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Added_recipients_parameters_are_checked_too()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var id = (await client.DataAsync(Create, new { input = Input(new { email = "t1@example.org", parameters = new { tutorId = "T01" } }) }))
            .GetProperty("createSchedule").GetProperty("schedule").GetProperty("id").GetString();
        const string Add = "mutation($i: AddRecipientsInput!) { addRecipients(input: $i) { schedule { recipients { email parameters } } errors { code message path } } }";

        var refused = (await client.DataAsync(Add, new { i = new { scheduleId = id, recipients = new[] { new { email = "t4@example.org", parameters = new { tutorId = "T44" } } } } }))
            .GetProperty("addRecipients");
        Assert.Contains(Errors(refused), e => e.Path == "recipients.0.parameters.tutorId" && e.Code == "NOT_FOUND");

        var added = (await client.DataAsync(Add, new { i = new { scheduleId = id, recipients = new[] { new { email = "t4@example.org", parameters = new { tutorId = "T04" } } } } }))
            .GetProperty("addRecipients");
        Assert.Empty(Errors(added));
    }

    [Fact]
    public async Task The_history_of_a_run_shows_which_parameter_set_each_file_and_email_belongs_to()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var id = (await client.DataAsync(Create, new
        {
            input = Input(
                new { email = "t1@example.org", parameters = (object?)new { tutorId = "T01" } },
                new { email = "t1-deputy@example.org", parameters = (object?)new { tutorId = "T01" } },
                new { email = "head@example.org", parameters = (object?)null }),
        })).GetProperty("createSchedule").GetProperty("schedule").GetProperty("id").GetString();
        var executionId = (await client.DataAsync("mutation($i: RunScheduleNowInput!) { runScheduleNow(input: $i) { execution { id } } }", new { i = new { id } }))
            .GetProperty("runScheduleNow").GetProperty("execution").GetProperty("id").GetString();

        const string History = """
            query($id: ID!) { execution(id: $id) { status deliveries { email status parameters } artifacts { fileName parameters } } }
            """;
        JsonElement execution = default;
        for (var i = 0; i < 240; i++)
        {
            execution = (await client.DataAsync(History, new { id = executionId })).GetProperty("execution");
            if (execution.GetProperty("status").GetString() is "SUCCEEDED" or "PARTIAL" or "FAILED") break;
            await Task.Delay(250);
        }

        Assert.Equal("SUCCEEDED", execution.GetProperty("status").GetString());
        var deliveries = execution.GetProperty("deliveries").EnumerateArray().ToDictionary(d => d.GetProperty("email").GetString()!, d => d.GetProperty("parameters"));
        Assert.Equal("T01", deliveries["t1@example.org"].GetProperty("tutorId").GetString());
        Assert.Equal(deliveries["t1@example.org"].GetRawText(), deliveries["t1-deputy@example.org"].GetRawText());
        Assert.Equal("all", deliveries["head@example.org"].GetProperty("tutorId").GetString());
        var artifacts = execution.GetProperty("artifacts").EnumerateArray().ToList();
        Assert.Equal(4, artifacts.Count); // two sets × (PDF, CSV)
        Assert.Equal(2, artifacts.Count(a => a.GetProperty("parameters").GetRawText() == deliveries["t1@example.org"].GetRawText()));
        Assert.Equal(2, artifacts.Count(a => a.GetProperty("parameters").GetRawText() == deliveries["head@example.org"].GetRawText()));
    }
}
