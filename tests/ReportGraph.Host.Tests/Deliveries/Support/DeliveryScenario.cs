using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Tests.Deliveries.Support;

/// <summary>
/// Puts in the real store what the run pipeline would have made before delivery: an owner, a schedule with
/// recipients, a Running execution (leased far ahead, so the host's worker leaves it alone) and artifact files on
/// disk; then builds the <see cref="EmailReport"/> the pipeline hands to the delivery runner.
/// </summary>
public sealed class DeliveryScenario
{
    private readonly DeliveryHost _host;
    private readonly List<(string Email, string? Name, bool Subscribed)> _recipients = [];
    private readonly List<(string FileName, string ContentType, byte[] Content)> _files = [];

    public DeliveryScenario(DeliveryHost host) => _host = host;

    public string Unique { get; } = Guid.NewGuid().ToString("N")[..10];

    public string SubjectTemplate { get; set; } = "{{name}} — {{period}} ({{date}})";

    public ExecutionTrigger Trigger { get; set; } = ExecutionTrigger.Scheduled;

    public Guid OwnerId { get; } = Guid.NewGuid();

    public Guid ScheduleId { get; } = Guid.NewGuid();

    public Guid ExecutionId { get; } = Guid.NewGuid();

    public Dictionary<string, Recipient> Recipients { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, StoredArtifact> Artifacts { get; } = new();

    /// <summary>A unique address for this scenario, e.g. Address("ana") = ana-1a2b3c@example.test.</summary>
    public string Address(string name) => $"{name}-{Unique}@example.test";

    public DeliveryScenario WithRecipient(string email, string? name = null, bool subscribed = true)
    {
        _recipients.Add((email, name, subscribed));
        return this;
    }

    public DeliveryScenario WithFile(string fileName, string contentType, byte[] content)
    {
        _files.Add((fileName, contentType, content));
        return this;
    }

    public async Task<EmailReport> CreateAsync()
    {
        var factory = _host.Get<IDbContextFactory<ReportGraphDbContext>>();
        var data = _host.Get<DataDirectory>();
        var now = DateTimeOffset.UtcNow;
        await using var db = await factory.CreateDbContextAsync();
        db.Users.Add(new User { Id = OwnerId, Email = $"owner-{Unique}@example.test", NormalizedEmail = $"OWNER-{Unique}@EXAMPLE.TEST".ToUpperInvariant(), Name = "Owner", CreatedAt = now });
        var schedule = new Schedule
        {
            Id = ScheduleId,
            OwnerId = OwnerId,
            Name = $"Weekly tutors {Unique}",
            ReportTypeKey = "tutor-weekly",
            TimeZoneId = "Europe/Berlin",
            SubjectTemplate = SubjectTemplate,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Schedules.Add(schedule);
        foreach (var (email, name, subscribed) in _recipients)
        {
            var recipient = new Recipient
            {
                ScheduleId = ScheduleId,
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = name,
                IsSubscribed = subscribed,
                UnsubscribeToken = NewToken(),
                AddedAt = now,
                UnsubscribedAt = subscribed ? null : now,
            };
            db.Recipients.Add(recipient);
            Recipients[email] = recipient;
        }

        var scheduledFor = new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero); // 07:30 in Berlin
        db.Executions.Add(new Execution
        {
            Id = ExecutionId,
            ScheduleId = ScheduleId,
            Trigger = Trigger,
            Status = ExecutionStatus.Running,
            ScheduledFor = scheduledFor,
            CreatedAt = now,
            StartedAt = now,
            LeaseOwner = "delivery-tests",
            LeaseExpiresAt = now.AddDays(1),
            Attempt = 1,
        });
        foreach (var (fileName, contentType, content) in _files)
        {
            var id = Guid.NewGuid();
            var relative = Path.Combine("artifacts", "tests", ExecutionId.ToString("N"), fileName);
            var full = Path.Combine(data.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, content);
            db.Artifacts.Add(new Artifact
            {
                Id = id,
                ExecutionId = ExecutionId,
                Format = ReportFormat.Csv,
                FileName = fileName,
                ContentType = contentType,
                SizeBytes = content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                StoragePath = relative,
                CreatedAt = now,
            });
            Artifacts[fileName] = new StoredArtifact(id, fileName, contentType, content.Length, full);
        }

        await db.SaveChangesAsync();

        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        return new EmailReport
        {
            Run = new ExecutionReport
            {
                ExecutionId = ExecutionId,
                Trigger = Trigger,
                ScheduleId = ScheduleId,
                OwnerId = OwnerId,
                ScheduleName = schedule.Name,
                SubjectTemplate = SubjectTemplate,
                Message = "Numbers for last week.\nCall me with questions.",
                ReportName = "Tutor weekly report",
                Result = new ReportResult
                {
                    Title = "Tutor weekly report",
                    Subtitle = "All tutors",
                    Notes = ["Hours are rounded to quarters."],
                    Tables = [],
                },
                Period = new ReportPeriod(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(1)), "Week 47, 2026"),
                TimeZone = zone,
                Culture = CultureInfo.GetCultureInfo("en-GB"),
                ScheduledFor = scheduledFor,
                Artifacts = Artifacts.Values.ToList(),
            },
            Kpis = [new FormattedKpi("Sessions", "1,204", "vs 1,150 last week", KpiTone.Good), new FormattedKpi("No-shows", "3.1 %", null, KpiTone.Warning)],
            ChartHtml = ["<table role=\"presentation\"><tr><td style=\"background:#2e86de;width:120px\">&nbsp;</td></tr></table>"],
            Preview = new TablePreview("Tutors", ["Tutor", "Hours"], [false, true], [["Ana <Lopez>", "12.5"], ["Bo", "8"]], 2),
        };
    }

    public async Task<List<Delivery>> DeliveriesAsync()
    {
        await using var db = await _host.Get<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();
        return await db.Deliveries.AsNoTracking().Where(d => d.ExecutionId == ExecutionId).OrderBy(d => d.NormalizedEmail).ToListAsync();
    }

    public async Task<Delivery> DeliveryAsync(string email) =>
        (await DeliveriesAsync()).Single(d => d.Email.Equals(email, StringComparison.OrdinalIgnoreCase));

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
