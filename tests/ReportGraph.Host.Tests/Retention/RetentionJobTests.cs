using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Abstractions;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Retention;

public sealed class RetentionJobTests : IDisposable
{
    private readonly ApiHost _host = new(new Dictionary<string, string?> { ["Retention:Enabled"] = "false", ["Retention:MaxAge"] = "30.00:00:00" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Executions_older_than_the_configured_age_are_removed_with_their_files_and_newer_or_running_ones_stay()
    {
        var (client, _) = await _host.MemberAsync("ann@example.org");
        await client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly() });
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        var now = DateTimeOffset.UtcNow;
        Guid old, recent, running, delivering;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var scheduleId = await db.Schedules.Select(s => s.Id).SingleAsync();
            Execution Add(int daysAgo, ExecutionStatus status, bool finished)
            {
                var e = new Execution
                {
                    ScheduleId = scheduleId, Trigger = ExecutionTrigger.Manual, Status = status,
                    ScheduledFor = now.AddDays(-daysAgo), CreatedAt = now.AddDays(-daysAgo), FinishedAt = finished ? now.AddDays(-daysAgo) : null,
                };
                db.Executions.Add(e);
                var waits = status == ExecutionStatus.Delivering;
                db.Deliveries.Add(new ReportGraph.Host.Deliveries.Delivery
                {
                    ExecutionId = e.Id, Email = "a@b.org", NormalizedEmail = "A@B.ORG", Status = waits ? DeliveryStatus.Pending : DeliveryStatus.Sent,
                    NextAttemptAt = waits ? now.AddMinutes(5) : null, UpdatedAt = now,
                });
                var path = Path.Combine("artifacts", e.Id.ToString("N"), "report.csv");
                Directory.CreateDirectory(Path.Combine(_host.DataDirectory, "artifacts", e.Id.ToString("N")));
                File.WriteAllText(Path.Combine(_host.DataDirectory, path), "a,b\n");
                db.Artifacts.Add(new Artifact { ExecutionId = e.Id, Format = ReportFormat.Csv, FileName = "report.csv", ContentType = "text/csv", Sha256 = new string('0', 64), StoragePath = path, CreatedAt = now });
                return e;
            }

            old = Add(45, ExecutionStatus.Succeeded, finished: true).Id;
            recent = Add(5, ExecutionStatus.Succeeded, finished: true).Id;
            running = Add(60, ExecutionStatus.Running, finished: false).Id;
            // Deliveries still waiting for a retry need the files (download links) of their execution, however old.
            delivering = Add(50, ExecutionStatus.Delivering, finished: false).Id;
            await db.SaveChangesAsync();
        }

        var removed = await _host.Factory.Services.GetRequiredService<RetentionJob>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, removed);
        await using (var db = await dbs.CreateDbContextAsync())
        {
            var left = await db.Executions.Select(e => e.Id).ToListAsync();
            Assert.Equal(new[] { recent, running, delivering }.Order(), left.Order());
            Assert.False(await db.Executions.AnyAsync(e => e.Id == old));
            Assert.False(await db.Deliveries.AnyAsync(d => d.ExecutionId == old));
            Assert.False(await db.Artifacts.AnyAsync(a => a.ExecutionId == old));
            Assert.Equal(3, await db.Artifacts.CountAsync());
        }

        Assert.False(Directory.Exists(Path.Combine(_host.DataDirectory, "artifacts", old.ToString("N"))));
        Assert.True(File.Exists(Path.Combine(_host.DataDirectory, "artifacts", recent.ToString("N"), "report.csv")));
        Assert.True(File.Exists(Path.Combine(_host.DataDirectory, "artifacts", delivering.ToString("N"), "report.csv")));
        Assert.Equal(0, await _host.Factory.Services.GetRequiredService<RetentionJob>().RunOnceAsync(CancellationToken.None));
    }
}
