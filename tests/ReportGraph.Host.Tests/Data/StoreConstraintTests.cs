using Microsoft.EntityFrameworkCore;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Data;

/// <summary>The store itself refuses what must never happen twice.</summary>
public sealed class StoreConstraintTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ReportGraphDbContext _db = null!;
    private Schedule _schedule = null!;

    public async Task InitializeAsync()
    {
        _db = new ReportGraphDbContext(new DbContextOptionsBuilder<ReportGraphDbContext>()
            .UseSqlite($"Data Source={_folder.Combine("store.db")}")
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options);
        await _db.Database.MigrateAsync();
        var owner = new User { Email = "owner@example.org", NormalizedEmail = "OWNER@EXAMPLE.ORG", Name = "Owner", CreatedAt = DateTimeOffset.UtcNow };
        _schedule = new Schedule
        {
            Owner = owner,
            Name = "Weekly",
            ReportTypeKey = "tutor-weekly",
            RecurrenceKind = RecurrenceKind.Weekly,
            TimeOfDay = new TimeOnly(8, 0),
            Weekdays = 1 << (int)DayOfWeek.Monday,
            TimeZoneId = "Europe/Berlin",
            Formats = [ReportFormat.Pdf, ReportFormat.Xlsx],
            SubjectTemplate = "{{name}} for {{period}}",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        _db.Schedules.Add(_schedule);
        await _db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _folder.Dispose();
    }

    private static readonly DateTimeOffset Occurrence = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_second_execution_for_the_same_occurrence_is_refused()
    {
        _db.Executions.Add(new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Scheduled, ScheduledFor = Occurrence, CreatedAt = Occurrence });
        await _db.SaveChangesAsync();

        _db.Executions.Add(new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Scheduled, ScheduledFor = Occurrence, CreatedAt = Occurrence });
        await Assert.ThrowsAsync<DbUpdateException>(() => _db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_recipient_address_appears_once_per_schedule_whatever_its_case()
    {
        _db.Recipients.Add(new Recipient { ScheduleId = _schedule.Id, Email = "Ann@Example.org", NormalizedEmail = "ANN@EXAMPLE.ORG", UnsubscribeToken = "t1", AddedAt = Occurrence });
        await _db.SaveChangesAsync();
        _db.Recipients.Add(new Recipient { ScheduleId = _schedule.Id, Email = "ann@example.org", NormalizedEmail = "ANN@EXAMPLE.ORG", UnsubscribeToken = "t2", AddedAt = Occurrence });
        await Assert.ThrowsAsync<DbUpdateException>(() => _db.SaveChangesAsync());
    }

    [Fact]
    public async Task One_delivery_per_execution_and_address()
    {
        var execution = new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Manual, ScheduledFor = Occurrence, CreatedAt = Occurrence };
        _db.Executions.Add(execution);
        _db.Deliveries.Add(new ReportGraph.Host.Deliveries.Delivery { ExecutionId = execution.Id, Email = "a@b.org", NormalizedEmail = "A@B.ORG", UpdatedAt = Occurrence });
        await _db.SaveChangesAsync();
        _db.Deliveries.Add(new ReportGraph.Host.Deliveries.Delivery { ExecutionId = execution.Id, Email = "a@b.org", NormalizedEmail = "A@B.ORG", UpdatedAt = Occurrence });
        await Assert.ThrowsAsync<DbUpdateException>(() => _db.SaveChangesAsync());
    }

    [Fact]
    public async Task Due_schedules_are_found_and_ordered_by_next_run_in_SQL()
    {
        _schedule.NextRunAt = Occurrence;
        await _db.SaveChangesAsync();

        var due = await _db.Schedules.Where(s => s.IsActive && s.NextRunAt <= Occurrence.AddMinutes(1)).OrderBy(s => s.NextRunAt).ToListAsync();
        var sql = _db.Schedules.Where(s => s.IsActive && s.NextRunAt <= Occurrence).OrderBy(s => s.NextRunAt).ToQueryString();

        Assert.Equal(_schedule.Id, Assert.Single(due).Id);
        Assert.Contains("ORDER BY", sql);
        Assert.Equal([ReportFormat.Pdf, ReportFormat.Xlsx], due[0].Formats);
    }
}
