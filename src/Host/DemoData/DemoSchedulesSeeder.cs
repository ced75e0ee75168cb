using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Abstractions;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.DemoData;

/// <summary>
/// On a store without users other than admins (first start), creates three demo members, each owning a
/// schedule over one sample plugin, so the API has something to show. Passwords are logged once.
/// Controlled by <c>Demo:Enabled</c> and <c>Demo:SeedSchedules</c> (both default true).
/// </summary>
internal sealed class DemoSchedulesSeeder(
    IDbContextFactory<ReportGraphDbContext> dbs,
    AccountService accounts,
    IServiceProvider services,
    IConfiguration configuration,
    ILogger<DemoSchedulesSeeder> logger) : IStartupSeeder
{
    private static readonly (string Email, string Name, string Report, string ScheduleName, RecurrenceInput Recurrence, string Parameters, ReportFormat[] Formats)[] Demo =
    [
        ("teacher@demo.reportgraph.local", "Tess Teacher", "student-report", "Progress report — student 7",
            new RecurrenceInput(RecurrenceKind.Monthly, new TimeOnly(7, 0), DayOfMonth: 1), """{"studentId":7}""", [ReportFormat.Pdf, ReportFormat.Csv]),
        ("tutors@demo.reportgraph.local", "Theo Tutorlead", "tutor-weekly", "Tutor weekly — all tutors",
            new RecurrenceInput(RecurrenceKind.Weekly, new TimeOnly(8, 0), Weekdays: [DayOfWeek.Monday]), """{"tutorId":"all"}""", [ReportFormat.Pdf, ReportFormat.Xlsx]),
        ("finance@demo.reportgraph.local", "Fiona Finance", "payer-drift", "Payer denial drift",
            new RecurrenceInput(RecurrenceKind.Weekly, new TimeOnly(9, 0), Weekdays: [DayOfWeek.Tuesday], BusinessDaysOnly: true), """{"threshold":0.05}""", [ReportFormat.Pdf, ReportFormat.Xlsx, ReportFormat.Html]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Enabled", true) || !configuration.GetValue("Demo:SeedSchedules", true))
        {
            return;
        }

        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Users.AnyAsync(u => u.Role == UserRole.Member, cancellationToken))
            {
                return;
            }
        }

        var schedules = services.GetRequiredService<ScheduleService>();
        foreach (var demo in Demo)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
            var user = await accounts.CreateUserAsync(demo.Email, demo.Name, UserRole.Member, password, cancellationToken);
            var result = await schedules.CreateAsync(new Caller(user.Id, user.Role), new CreateScheduleInput
            {
                Name = demo.ScheduleName,
                ReportType = demo.Report,
                Parameters = JsonDocument.Parse(demo.Parameters).RootElement,
                Recurrence = demo.Recurrence,
                TimeZone = "Europe/Berlin",
                Formats = demo.Formats,
                Subject = "{{name}} — {{period}}",
                Message = "This is a demo schedule over the demo data set.",
                Recipients = [new RecipientInput(demo.Email, demo.Name)],
            }, cancellationToken);
            if (result.Errors.Count > 0)
            {
                logger.LogWarning("Demo schedule {Name} was not created: {Errors}", demo.ScheduleName, string.Join("; ", result.Errors.Select(e => e.Message)));
                continue;
            }

            logger.LogInformation("Demo member {Email} (password {Password}, shown once) owns schedule \"{Schedule}\"", demo.Email, password, demo.ScheduleName);
        }
    }
}
