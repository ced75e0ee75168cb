namespace ReportGraph.Host.Tests.Api;

/// <summary>GraphQL documents the tests (and the README tour) use.</summary>
public static class Documents
{
    public const string CreateSchedule = """
        mutation Create($input: CreateScheduleInput!) {
          createSchedule(input: $input) {
            schedule { id name nextRunAt timeZone formats isActive parameters
              recurrence { kind timeOfDay weekdays description }
              recipients { id email isSubscribed } owner { email } reportType { key isAvailable } }
            errors { code message path }
          }
        }
        """;

    public static object TutorWeekly(string name = "Tutor weekly", params string[] recipients) => new
    {
        name,
        reportType = "tutor-weekly",
        parameters = new { tutorId = "all" },
        recurrence = new { kind = "WEEKLY", timeOfDay = "08:00", weekdays = new[] { "MONDAY" } },
        timeZone = "Europe/Berlin",
        formats = new[] { "PDF", "XLSX" },
        subject = "{{name}} — {{period}}",
        recipients = (recipients.Length == 0 ? ["ada@example.org"] : recipients).Select(e => new { email = e }).ToArray(),
    };
}
