using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>PostgreSQL itself refuses what must never happen twice, and keeps instants exact whatever their offset.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresConstraintTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly DateTimeOffset Occurrence = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
    private string _database = "";
    private Schedule _schedule = null!;

    public async Task InitializeAsync()
    {
        _database = await server.CreateDatabaseAsync("constraints");
        _schedule = await PostgresStore.MigrateAndSeedScheduleAsync(_database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_second_execution_for_the_same_occurrence_is_refused_as_a_unique_violation()
    {
        await using var db = PostgresStore.Open(_database);
        db.Executions.Add(new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Scheduled, ScheduledFor = Occurrence, CreatedAt = Occurrence });
        await db.SaveChangesAsync();

        await using var other = PostgresStore.Open(_database);
        other.Executions.Add(new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Scheduled, ScheduledFor = Occurrence, CreatedAt = Occurrence });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(error));
        Assert.Equal("23505", Assert.IsType<PostgresException>(error.InnerException).SqlState);
        Assert.Equal(1, await db.Executions.CountAsync());
    }

    [Fact]
    public async Task The_same_occurrence_written_in_the_schedules_own_offset_is_still_the_same_occurrence()
    {
        await using var db = PostgresStore.Open(_database);
        db.Executions.Add(new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Scheduled, ScheduledFor = Occurrence, CreatedAt = Occurrence });
        await db.SaveChangesAsync();

        await using var other = PostgresStore.Open(_database);
        var berlin = Occurrence.ToOffset(TimeSpan.FromHours(1)); // 08:00+01:00, the same instant
        other.Executions.Add(new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Scheduled, ScheduledFor = berlin, CreatedAt = berlin });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
        Assert.True(UniqueViolation.Is(error));
    }

    [Fact]
    public async Task Scheduled_and_manual_runs_at_the_same_instant_do_not_collide()
    {
        await using var db = PostgresStore.Open(_database);
        db.Executions.Add(new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Scheduled, ScheduledFor = Occurrence, CreatedAt = Occurrence });
        db.Executions.Add(new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Manual, ScheduledFor = Occurrence, CreatedAt = Occurrence });
        await db.SaveChangesAsync();

        Assert.Equal(2, await db.Executions.CountAsync());
    }

    [Fact]
    public async Task A_recipient_address_appears_once_per_schedule_whatever_its_case()
    {
        await using var db = PostgresStore.Open(_database);
        db.Recipients.Add(new Recipient { ScheduleId = _schedule.Id, Email = "Ann@Example.org", NormalizedEmail = "ANN@EXAMPLE.ORG", UnsubscribeToken = "t1", AddedAt = Occurrence });
        await db.SaveChangesAsync();

        await using var other = PostgresStore.Open(_database);
        other.Recipients.Add(new Recipient { ScheduleId = _schedule.Id, Email = "ann@example.org", NormalizedEmail = "ANN@EXAMPLE.ORG", UnsubscribeToken = "t2", AddedAt = Occurrence });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(error));
    }

    [Fact]
    public async Task An_unsubscribe_token_is_never_shared_by_two_recipients()
    {
        await using var db = PostgresStore.Open(_database);
        db.Recipients.Add(new Recipient { ScheduleId = _schedule.Id, Email = "a@example.org", NormalizedEmail = "A@EXAMPLE.ORG", UnsubscribeToken = "same", AddedAt = Occurrence });
        db.Recipients.Add(new Recipient { ScheduleId = _schedule.Id, Email = "b@example.org", NormalizedEmail = "B@EXAMPLE.ORG", UnsubscribeToken = "same", AddedAt = Occurrence });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(error));
    }

    [Fact]
    public async Task One_delivery_per_execution_and_address()
    {
        await using var db = PostgresStore.Open(_database);
        var execution = new Execution { ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Manual, ScheduledFor = Occurrence, CreatedAt = Occurrence };
        db.Executions.Add(execution);
        db.Deliveries.Add(new ReportGraph.Host.Deliveries.Delivery { ExecutionId = execution.Id, Email = "a@b.org", NormalizedEmail = "A@B.ORG", UpdatedAt = Occurrence });
        await db.SaveChangesAsync();

        await using var other = PostgresStore.Open(_database);
        other.Deliveries.Add(new ReportGraph.Host.Deliveries.Delivery { ExecutionId = execution.Id, Email = "A@b.org", NormalizedEmail = "A@B.ORG", UpdatedAt = Occurrence });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(error));
    }

    [Fact]
    public async Task Other_failures_are_not_mistaken_for_a_duplicate()
    {
        await using var db = PostgresStore.Open(_database);
        db.Executions.Add(new Execution { ScheduleId = Guid.NewGuid(), Trigger = ExecutionTrigger.Scheduled, ScheduledFor = Occurrence, CreatedAt = Occurrence });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal("23503", Assert.IsType<PostgresException>(error.InnerException).SqlState); // foreign key violation
        Assert.False(UniqueViolation.Is(error));
    }

    [Fact]
    public async Task A_next_run_from_the_calendar_in_the_zones_offset_is_stored_and_found_by_instant()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var next = RecurrenceCalendar.Next(Recurrence.Weekly(new TimeOnly(8, 0), DayOfWeek.Monday), zone, Occurrence.AddDays(-3))!.Value;
        Assert.Equal(TimeSpan.FromHours(1), next.Offset); // the calendar speaks the zone's offset; Npgsql alone would refuse it

        await using (var db = PostgresStore.Open(_database))
        {
            var schedule = await db.Schedules.SingleAsync(s => s.Id == _schedule.Id);
            schedule.NextRunAt = next;
            schedule.LastRunAt = next.AddDays(-7);
            await db.SaveChangesAsync();
        }

        await using (var db = PostgresStore.Open(_database))
        {
            var stored = await db.Schedules.SingleAsync(s => s.Id == _schedule.Id);
            Assert.Equal(Occurrence, stored.NextRunAt);
            Assert.Equal(TimeSpan.Zero, stored.NextRunAt!.Value.Offset);

            // Comparisons in SQL with parameters in any offset compare instants.
            var justBefore = next.AddSeconds(-1).ToOffset(TimeSpan.FromHours(-5));
            Assert.Empty(await db.Schedules.Where(s => s.IsActive && s.NextRunAt <= justBefore).ToListAsync());
            Assert.Single(await db.Schedules.Where(s => s.IsActive && s.NextRunAt <= next).OrderBy(s => s.NextRunAt).ToListAsync());
        }
    }

    [Fact]
    public async Task Bulk_updates_with_an_instant_in_a_zone_offset_are_stored_in_utc()
    {
        var berlinEvening = new DateTimeOffset(2026, 7, 1, 20, 0, 0, TimeSpan.FromHours(2));
        await using var db = PostgresStore.Open(_database);
        var updated = await db.Schedules.Where(s => s.Id == _schedule.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextRunAt, berlinEvening));

        Assert.Equal(1, updated);
        var stored = await db.Schedules.AsNoTracking().SingleAsync(s => s.Id == _schedule.Id);
        Assert.Equal(berlinEvening, stored.NextRunAt);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 18, 0, 0, TimeSpan.Zero), stored.NextRunAt);
    }

    [Fact]
    public async Task Text_longer_than_its_column_is_refused_by_PostgreSQL_unlike_SQLite()
    {
        // Why the run pipeline cuts error messages and SMTP replies to their column lengths before saving.
        await using var db = PostgresStore.Open(_database);
        db.Executions.Add(new Execution
        {
            ScheduleId = _schedule.Id, Trigger = ExecutionTrigger.Manual, ScheduledFor = Occurrence, CreatedAt = Occurrence,
            ErrorMessage = new string('x', 4001),
        });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal("22001", Assert.IsType<PostgresException>(error.InnerException).SqlState); // string_data_right_truncation
    }
}
