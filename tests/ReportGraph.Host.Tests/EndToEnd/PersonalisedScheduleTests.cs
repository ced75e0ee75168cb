using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Abstractions;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd;

/// <summary>
/// One report per reader: the real host with the sample plugins over the demo data, sending to a real SMTP server. A
/// tutor-weekly schedule whose recipients each carry their own tutorId generates once per distinct tutor and every
/// tutor's email holds only their own rows.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PersonalisedScheduleTests(TestPlugins plugins, PersonalisedScheduleTests.Host shared) : IClassFixture<PersonalisedScheduleTests.Host>
{
    /// <summary>The sample plugins and the demo data; runs are queued by hand.</summary>
    public sealed class Host : SharedHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Demo:Enabled"] = "true",
            ["Plugins:CatalogPath"] = RepositoryPaths.PluginsJson,
            ["DataSources:demo:Provider"] = "Sqlite",
            ["DataSources:demo:ConnectionString"] = "Data Source=|DataDirectory|/demo.db",
        };
    }

    private static readonly RecurrenceInput Weekly = new(RecurrenceKind.Weekly, new TimeOnly(07, 00), [DayOfWeek.Monday]);

    [Fact]
    public async Task Three_tutors_with_their_own_tutorId_get_three_generations_and_each_email_holds_only_that_tutors_rows()
    {
        var host = await StartAsync();
        var owner = await host.CreateOwnerAsync();
        var tutors = await TutorsAsync(host);
        var readers = new[] { "T01", "T02", "T03" }.ToDictionary(id => $"tutor-{id.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20] + "@example.test", id => id);
        var schedule = await CreateAsync(host, owner, readers.Select(r => new RecipientInput(r.Key, null, Json(new { tutorId = r.Value }))).ToList());

        var execution = await RunAsync(host, owner, schedule.Id, ExecutionTrigger.Manual);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        await using var db = await host.Db();
        var artifacts = await db.Set<Artifact>().Where(a => a.ExecutionId == execution.Id).ToListAsync();
        Assert.Equal(6, artifacts.Count); // 3 parameter sets × (CSV, PDF)
        Assert.Equal(3, artifacts.Select(a => a.ParameterSet).Distinct().Count());
        var deliveries = await db.Set<Delivery>().Where(d => d.ExecutionId == execution.Id).ToListAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));

        var messages = shared.Smtp.MessagesOf(execution.Id);
        Assert.Equal(3, messages.Count);
        foreach (var (address, tutorId) in readers)
        {
            var message = Assert.Single(messages, m => m.Header("To")!.Contains(address, StringComparison.OrdinalIgnoreCase));
            var csv = AttachmentReaders.Csv(message.Attachments.Single(a => a.FileName!.EndsWith(".csv", StringComparison.Ordinal)).Body);
            Assert.NotEmpty(csv);
            Assert.All(csv, row => Assert.Equal(tutorId, row[1]));
            var pdf = AttachmentReaders.PdfText(message.Attachments.Single(a => a.FileName!.EndsWith(".pdf", StringComparison.Ordinal)).Body);
            var body = message.Find("text/plain")!.Text + message.Find("text/html")!.Text;
            Assert.Contains(tutors[tutorId], pdf);
            foreach (var other in readers.Values.Where(t => t != tutorId))
            {
                Assert.DoesNotContain(tutors[other], pdf);
                Assert.DoesNotContain(other, pdf);
                Assert.DoesNotContain(tutors[other], body);
                Assert.DoesNotContain(csv, row => row.Contains(tutors[other]));
            }

            // The history links the reader's delivery to the parameter set of the files they got.
            var delivery = deliveries.Single(d => d.Email == address);
            Assert.Equal(tutorId, JsonDocument.Parse(delivery.ParameterSet!).RootElement.GetProperty("tutorId").GetString());
            Assert.Equal(2, artifacts.Count(a => a.ParameterSet == delivery.ParameterSet));
        }
    }

    [Fact]
    public async Task Readers_sharing_a_parameter_set_share_one_generation_and_readers_without_own_parameters_get_the_schedules_report()
    {
        var host = await StartAsync();
        var owner = await host.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var schedule = await CreateAsync(host, owner,
        [
            new RecipientInput($"a-{unique}@example.test", "Ada", Json(new { tutorId = "T02" })),
            new RecipientInput($"b-{unique}@example.test", "Bo", Json(new { tutorId = "t02" })), // the same tutor, spelled otherwise: stored as "T02", one set
            new RecipientInput($"c-{unique}@example.test", "Cy"), // the schedule's own parameters: all tutors
        ]);

        var execution = await RunAsync(host, owner, schedule.Id, ExecutionTrigger.Manual);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        await using var db = await host.Db();
        var artifacts = await db.Set<Artifact>().Where(a => a.ExecutionId == execution.Id).ToListAsync();
        var deliveries = await db.Set<Delivery>().Where(d => d.ExecutionId == execution.Id).ToListAsync();
        var sets = artifacts.Select(a => a.ParameterSet).Distinct().ToList();
        Assert.Equal(2, sets.Count); // T02 once for both of its readers, and the schedule's "all"
        Assert.Equal(deliveries.Single(d => d.Email.StartsWith("a-", StringComparison.Ordinal)).ParameterSet, deliveries.Single(d => d.Email.StartsWith("b-", StringComparison.Ordinal)).ParameterSet);

        var messages = shared.Smtp.MessagesOf(execution.Id);
        Assert.Equal(3, messages.Count);
        byte[] Csv(string prefix) => messages.Single(m => m.Header("To")!.Contains(prefix + unique, StringComparison.Ordinal))
            .Attachments.Single(a => a.FileName!.EndsWith(".csv", StringComparison.Ordinal)).Body;
        Assert.Equal(Csv("a-"), Csv("b-"));
        Assert.All(AttachmentReaders.Csv(Csv("a-")), row => Assert.Equal("T02", row[1]));
        Assert.True(AttachmentReaders.Csv(Csv("c-")).Select(row => row[1]).Distinct().Count() > 1, "The reader without own parameters gets every tutor's rows.");
    }

    [Fact]
    public async Task When_one_readers_set_fails_the_others_are_delivered_and_the_execution_is_partial()
    {
        var host = await StartAsync();
        var owner = await host.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var schedule = await CreateAsync(host, owner,
        [
            new RecipientInput($"ok-{unique}@example.test", null, Json(new { tutorId = "T01" })),
            new RecipientInput($"gone-{unique}@example.test", null, Json(new { tutorId = "T04" })),
        ]);
        // The tutor left after the schedule was saved: only that reader's report cannot be made.
        await using (var db = await host.Db())
        {
            await db.Set<Recipient>().Where(r => r.Email.StartsWith("gone-") && r.ScheduleId == schedule.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.ParametersJson, """{"tutorId":"T99"}"""));
        }

        var execution = await RunAsync(host, owner, schedule.Id, ExecutionTrigger.Manual);

        Assert.Equal(ExecutionStatus.Partial, execution.Status);
        await using var check = await host.Db();
        var deliveries = await check.Set<Delivery>().Where(d => d.ExecutionId == execution.Id).ToListAsync();
        Assert.Equal(DeliveryStatus.Sent, deliveries.Single(d => d.Email.StartsWith("ok-", StringComparison.Ordinal)).Status);
        var failed = deliveries.Single(d => d.Email.StartsWith("gone-", StringComparison.Ordinal));
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Contains("T99", failed.LastReply);
        Assert.Contains("T99", failed.ParameterSet);
        var message = Assert.Single(shared.Smtp.MessagesOf(execution.Id));
        Assert.Contains($"ok-{unique}", message.Header("To"));
    }

    [Fact]
    public async Task A_set_whose_only_reader_unsubscribed_is_not_generated_and_their_delivery_is_skipped()
    {
        var host = await StartAsync();
        var owner = await host.CreateOwnerAsync();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var schedule = await CreateAsync(host, owner,
        [
            new RecipientInput($"stays-{unique}@example.test", null, Json(new { tutorId = "T01" })),
            new RecipientInput($"left-{unique}@example.test", null, Json(new { tutorId = "T03" })),
        ]);
        await using (var db = await host.Db())
        {
            await db.Set<Recipient>().Where(r => r.Email.StartsWith("left-") && r.ScheduleId == schedule.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.IsSubscribed, false));
        }

        var execution = await RunAsync(host, owner, schedule.Id, ExecutionTrigger.Manual);

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        await using var check = await host.Db();
        var artifacts = await check.Set<Artifact>().Where(a => a.ExecutionId == execution.Id).ToListAsync();
        Assert.All(artifacts, a => Assert.Contains("T01", a.ParameterSet));
        var left = await check.Set<Delivery>().SingleAsync(d => d.ExecutionId == execution.Id && d.Email.StartsWith("left-"));
        Assert.Equal(DeliveryStatus.Skipped, left.Status);
        Assert.Contains($"stays-{unique}", Assert.Single(shared.Smtp.MessagesOf(execution.Id)).Header("To"));
    }

    [Fact]
    public async Task A_test_report_uses_the_callers_own_parameters_when_they_are_a_reader_and_the_schedules_otherwise()
    {
        var host = await StartAsync();
        var owner = await host.CreateOwnerAsync();
        await using var db = await host.Db();
        var ownerEmail = await db.Set<ReportGraph.Host.Security.User>().Where(u => u.Id == owner.UserId).Select(u => u.Email).SingleAsync();
        var other = $"other-{Guid.NewGuid():N}"[..14] + "@example.test";
        var personal = await CreateAsync(host, owner,
        [
            new RecipientInput(ownerEmail, null, Json(new { tutorId = "T05" })),
            new RecipientInput(other, null, Json(new { tutorId = "T06" })),
        ]);
        var notAReader = await CreateAsync(host, owner, [new RecipientInput(other, null, Json(new { tutorId = "T06" }))]);

        var own = await RunAsync(host, owner, personal.Id, ExecutionTrigger.Test);
        var schedules = await RunAsync(host, owner, notAReader.Id, ExecutionTrigger.Test);

        Assert.Equal(ExecutionStatus.Succeeded, own.Status);
        var ownMessage = Assert.Single(shared.Smtp.MessagesOf(own.Id));
        Assert.Contains(ownerEmail, ownMessage.Header("To"), StringComparison.OrdinalIgnoreCase);
        Assert.All(AttachmentReaders.Csv(ownMessage.Attachments.Single(a => a.FileName!.EndsWith(".csv", StringComparison.Ordinal)).Body), row => Assert.Equal("T05", row[1]));

        var scheduleMessage = Assert.Single(shared.Smtp.MessagesOf(schedules.Id));
        Assert.Contains(ownerEmail, scheduleMessage.Header("To"), StringComparison.OrdinalIgnoreCase);
        var rows = AttachmentReaders.Csv(scheduleMessage.Attachments.Single(a => a.FileName!.EndsWith(".csv", StringComparison.Ordinal)).Body);
        Assert.True(rows.Select(r => r[1]).Distinct().Count() > 1, "Not a reader: the test shows the schedule's report (all tutors).");
    }

    private async Task<EndToEndHost> StartAsync() => await shared.HostAsync(plugins);

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    private static async Task<Schedule> CreateAsync(EndToEndHost host, ReportGraph.Host.Api.Caller owner, IReadOnlyList<RecipientInput> recipients)
    {
        var result = await host.Get<ScheduleService>().CreateAsync(owner, new CreateScheduleInput
        {
            Name = "Tutor weekly — each tutor their own",
            ReportType = "tutor-weekly",
            Parameters = Json(new { tutorId = "all" }),
            Recurrence = Weekly,
            TimeZone = "Europe/Berlin",
            Formats = [ReportFormat.Csv, ReportFormat.Pdf],
            Recipients = recipients,
        }, CancellationToken.None);
        Assert.True(result.Errors.Count == 0, "The schedule was refused: " + string.Join("; ", result.Errors.Select(e => e.PathText + " " + e.Message)));
        return result.Value!;
    }

    private static async Task<Execution> RunAsync(EndToEndHost host, ReportGraph.Host.Api.Caller owner, Guid scheduleId, ExecutionTrigger trigger)
    {
        var queued = await host.Get<ExecutionQueue>().EnqueueForCallerAsync(owner, scheduleId, trigger, CancellationToken.None);
        return await host.FinishedAsync(queued.Id, TimeSpan.FromMinutes(2));
    }

    /// <summary>Tutor names by id, from the tutor parameter's options ("T01 — Name").</summary>
    private static async Task<Dictionary<string, string>> TutorsAsync(EndToEndHost host)
    {
        var parameter = host.Get<ReportTypeRegistry>().Find("tutor-weekly")!.Definition!.Parameters.Single(p => p.Name == "tutorId");
        var options = await parameter.Options!.ListAsync(host.Get<ParameterOptionsCheck>().Context, null, 50, CancellationToken.None);
        return options.Where(o => (string)o.Value! != "all").ToDictionary(o => (string)o.Value!, o => o.Label.Split(" — ")[1]);
    }
}
