using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>The store's DbContext on a PostgreSQL database, configured as the host configures it.</summary>
internal static class PostgresStore
{
    public static DbContextOptions<ReportGraphDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<ReportGraphDbContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;

    public static ReportGraphDbContext Open(string connectionString) => new(Options(connectionString));

    /// <summary>A factory of its own, as each node of a cluster has.</summary>
    public static IDbContextFactory<ReportGraphDbContext> Factory(string connectionString) =>
        new PooledDbContextFactory<ReportGraphDbContext>(Options(connectionString));

    /// <summary>Migrates and adds an owner with one weekly Berlin schedule; returns the schedule.</summary>
    public static async Task<Schedule> MigrateAndSeedScheduleAsync(string connectionString)
    {
        await using var db = Open(connectionString);
        await db.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        var schedule = new Schedule
        {
            Owner = new User { Email = "owner@example.org", NormalizedEmail = "OWNER@EXAMPLE.ORG", Name = "Owner", CreatedAt = now },
            Name = "Weekly",
            ReportTypeKey = "tutor-weekly",
            RecurrenceKind = RecurrenceKind.Weekly,
            TimeOfDay = new TimeOnly(8, 0),
            Weekdays = 1 << (int)DayOfWeek.Monday,
            TimeZoneId = "Europe/Berlin",
            Formats = [ReportFormat.Pdf, ReportFormat.Xlsx],
            SubjectTemplate = "{{name}} for {{period}}",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync();
        return schedule;
    }
}
