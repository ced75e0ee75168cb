using System.Text.Encodings.Web;
using System.Text.Json;
using Snapshooter.Xunit;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// Whole GraphQL results as a client receives them, kept as JSON under <c>__snapshots__/</c>: what the SPA's forms and
/// error messages are built from, so that a change in wording, order or shape is seen in review. Values that differ on
/// every run (ids, the next run computed from today) are replaced in the file by their type (AcceptAny&lt;…&gt;), so the
/// snapshot still shows that they are there. To accept an intended change, delete the .snap file and run the test
/// once (see tests/Shared/SnapshotStrictMode.cs).
/// </summary>
public sealed class ApiResultSnapshotTests : IDisposable
{
    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_report_types_list_every_parameter_as_a_schedule_form_shows_it()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");

        var data = await client.DataAsync("""
            {
              reportTypes {
                key displayName description version isAvailable unavailableReason formats
                parameters { name displayName description type required defaultValue minimum maximum maxLength choices allowed }
              }
            }
            """);

        Snapshot.Match(Json(data));
    }

    [Fact]
    public async Task A_created_schedule_shows_its_filled_in_defaults_and_its_recurrence_in_words()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = new
        {
            name = "Payer drift — month end",
            description = "For the revenue-cycle meeting.",
            reportType = "payer-drift",
            parameters = new { baselineWeeks = 12 },
            recurrence = new { kind = "MONTHLY", timeOfDay = "18:00", lastDayOfMonth = true, businessDaysOnly = true },
            timeZone = "America/New_York",
            formats = new[] { "XLSX", "PDF" },
            message = "Flagged payers first.",
            recipients = new object[] { new { email = "Ada@Example.org", displayName = "Ada" }, new { email = "bob@example.org" } },
        };

        var data = await client.DataAsync("""
            mutation($input: CreateScheduleInput!) {
              createSchedule(input: $input) {
                schedule {
                  id name description reportTypeKey timeZone subject message isActive nextRunAt lastRunAt createdAt updatedAt formats parameters
                  recurrence { kind timeOfDay weekdays dayOfMonth lastDayOfMonth cronExpression businessDaysOnly startDate endDate description }
                  owner { email } recipients { id email displayName isSubscribed addedAt unsubscribedAt } lastExecution { id }
                }
                errors { code message path }
              }
            }
            """, new { input });

        // Ids and instants differ on every run (the next run is computed from today): the file shows their type only.
        // Newtonsoft, which Snapshooter reads JSON with, takes an ISO date-time string for a DateTime.
        Snapshot.Match(Json(data), options => options
            .AcceptField<string>("createSchedule.schedule.id")
            .AcceptField<DateTime>("createSchedule.schedule.nextRunAt")
            .AcceptField<DateTime>("createSchedule.schedule.createdAt")
            .AcceptField<DateTime>("createSchedule.schedule.updatedAt")
            .AcceptField<string>("createSchedule.schedule.recipients[0].id")
            .AcceptField<DateTime>("createSchedule.schedule.recipients[0].addedAt")
            .AcceptField<string>("createSchedule.schedule.recipients[1].id")
            .AcceptField<DateTime>("createSchedule.schedule.recipients[1].addedAt"));
    }

    [Fact]
    public async Task A_schedule_with_bad_input_gets_one_error_per_problem_with_its_field_and_nothing_else()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        var input = new
        {
            name = "Tutors",
            reportType = "tutor-weekly",
            parameters = new { tutorId = 42, week = "soon" },
            recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = Array.Empty<string>() },
            timeZone = "Berlin",
            formats = Array.Empty<string>(),
            subject = "{{name}} {{nme}}",
            recipients = new[] { new { email = "ada@example" } },
        };

        var data = await client.DataAsync(Documents.CreateSchedule, new { input });

        Snapshot.Match(Json(data));
    }

    // Indented, with non-ASCII text as written (System.Text.Json would escape "—" as \u2014), so the file reads as the client sees it.
    private static string Json(JsonElement data) => JsonSerializer.Serialize(data, Readable);
}
