using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;
using HostRecurrence = ReportGraph.Host.Schedules.Recurrences.Recurrence;

namespace ReportGraph.PipelineBench;

/// <summary>
/// The host's SQLite store, opened by the bench directly: it creates the schema, seeds the schedules (their next run
/// at the due time; the host's start-up reconciliation makes their Quartz triggers) and reads the outcome.
/// </summary>
internal sealed class BenchStore(string dataDirectory)
{
    public ReportGraphDbContext Open() => new(new DbContextOptionsBuilder<ReportGraphDbContext>()
        .UseSqlite($"Data Source={Path.Combine(dataDirectory, "reportgraph.db")}")
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);

    /// <summary>
    /// Creates the schema and, for each burst, <c>Count</c> schedules due at its <c>Due</c> (UTC, whole seconds), named
    /// after it.
    /// </summary>
    public async Task SeedAsync(IEnumerable<(string Name, int Count, DateTimeOffset Due)> bursts, int recipients, int rows)
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        foreach (var (name, count, due) in bursts)
        {
            // An owner per burst: each owner's emails count against its own daily limit (Delivery:DailyLimitPerOwner).
            var tag = name.Replace(' ', '-').ToLowerInvariant();
            var email = $"{tag}@example.test";
            var owner = new User { Email = email, NormalizedEmail = email.ToUpperInvariant(), Name = name, CreatedAt = now };
            db.Users.Add(owner);
            AddSchedules(db, owner, tag, name, count, recipients, rows, due, now);
        }

        await db.SaveChangesAsync();
    }

    private static void AddSchedules(ReportGraphDbContext db, User owner, string tag, string name, int count, int recipients, int rows, DateTimeOffset due, DateTimeOffset now)
    {
        for (var s = 0; s < count; s++)
        {
            var schedule = new Schedule
            {
                OwnerId = owner.Id,
                Name = $"{name} {s + 1:D3}",
                ReportTypeKey = BenchPlugin.Key,
                ParametersJson = JsonSerializer.Serialize(new { rows }),
                TimeZoneId = "UTC",
                Formats = [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Pdf],
                SubjectTemplate = "{{name}} — {{period}}",
                NextRunAt = due,
                CreatedAt = now,
                UpdatedAt = now,
            };
            schedule.SetRecurrence(HostRecurrence.Cron($"{due.Second} {due.Minute} {due.Hour} * * ?"));
            schedule.Recipients = Enumerable.Range(1, recipients).Select(r => $"reader{r:D2}.{tag}{s + 1:D3}@example.test").Select(email => new Recipient
            {
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                UnsubscribeToken = Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray())
                    .TrimEnd('=').Replace('+', '-').Replace('/', '_'),
                AddedAt = now,
            }).ToList();
            db.Schedules.Add(schedule);
        }
    }

    /// <summary>
    /// The executions of one burst (those scheduled for <paramref name="scheduledFor"/>) with their deliveries so far;
    /// read in the store, not filtered here, as the driver polls it while the host works on the same cores.
    /// </summary>
    public async Task<List<BenchRun>> ExecutionsAsync(DateTimeOffset scheduledFor)
    {
        await using var db = Open();
        var executions = await db.Executions.AsNoTracking().Where(e => e.ScheduledFor == scheduledFor).ToListAsync();
        var ids = executions.Select(e => e.Id).ToList();
        var deliveries = (await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.ExecutionId)).ToListAsync()).ToLookup(d => d.ExecutionId);
        return executions.Select(e => new BenchRun(e, deliveries[e.Id].ToList())).ToList();
    }
}

/// <summary>An execution and its deliveries, as the figures read them.</summary>
public sealed record BenchRun(Execution Execution, IReadOnlyList<Delivery> Deliveries)
{
    public ExecutionStatus Status => Execution.Status;
    public DateTimeOffset? FinishedAt => Execution.FinishedAt;
    public DateTimeOffset ScheduledFor => Execution.ScheduledFor;
}
