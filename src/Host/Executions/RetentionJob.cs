using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions.Previews;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Removes executions that finished before <see cref="RetentionOptions.MaxAge"/>, with their deliveries,
/// artifact rows and stored files (in the data folder or the store). Running executions are never touched. Safe on several nodes: deleting
/// an already deleted row or file is a no-op.
/// </summary>
public sealed class RetentionJob(
    IDbContextFactory<ReportGraphDbContext> dbs,
    ArtifactStore artifacts,
    PreviewFolder previews,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    ILogger<RetentionJob> logger) : RecurringWork(clock, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override string PassName => "The retention job";

    protected override Task RunPassAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    // Off: the service does nothing (retention can still be run by hand with RunOnceAsync).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Value.Enabled ? base.ExecuteAsync(stoppingToken) : Task.CompletedTask;

    /// <summary>One pass; returns how many executions were removed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        // Expired previews go too (each new preview also sweeps them; this covers a host nobody previews on any more).
        previews.Sweep();
        var cutoff = Clock.GetUtcNow() - options.Value.MaxAge;
        var removed = 0;
        while (true)
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            // In batches, so a large backlog never holds a long transaction.
            var batch = await db.Executions
                // An execution whose deliveries wait for a retry is not finished: its files are still needed.
                .Where(e => e.FinishedAt != null && e.FinishedAt < cutoff && e.Status != ExecutionStatus.Delivering)
                .OrderBy(e => e.FinishedAt)
                .Select(e => new { e.Id, Paths = e.Artifacts.Select(a => a.StoragePath).ToList() })
                .Take(200)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(b => b.Id).ToList();
            // Deliveries and artifacts go with their execution: their foreign keys cascade in the store (both providers).
            await db.Executions.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            // Chunks in the store went with their rows; files in the data folder go now.
            foreach (var path in batch.SelectMany(b => b.Paths))
            {
                artifacts.Delete(path);
            }

            removed += batch.Count;
        }

        if (removed > 0)
        {
            Logger.LogInformation("Retention removed {Count} execution(s) finished before {Cutoff:u} with their files", removed, cutoff);
        }

        return removed;
    }
}
