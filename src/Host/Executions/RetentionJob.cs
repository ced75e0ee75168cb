using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Removes executions that finished before <see cref="RetentionOptions.MaxAge"/>, with their deliveries,
/// artifact rows and stored files. Running executions are never touched. Safe on several nodes: deleting
/// an already deleted row or file is a no-op.
/// </summary>
public sealed class RetentionJob(
    IDbContextFactory<ReportGraphDbContext> dbs,
    DataDirectory data,
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
            foreach (var path in batch.SelectMany(b => b.Paths))
            {
                DeleteFile(Path.Combine(data.Path, path));
            }

            removed += batch.Count;
        }

        if (removed > 0)
        {
            Logger.LogInformation("Retention removed {Count} execution(s) finished before {Cutoff:u} with their files", removed, cutoff);
        }

        return removed;
    }

    private void DeleteFile(string path)
    {
        try
        {
            File.Delete(path);
            var folder = Path.GetDirectoryName(path);
            if (folder is not null && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                // A personalised run's files sit in set-N subfolders of the execution's folder: remove that too once empty.
                var parent = Path.GetDirectoryName(folder);
                if (Path.GetFileName(folder).StartsWith("set-", StringComparison.Ordinal) && parent is not null && Directory.Exists(parent)
                    && !Directory.EnumerateFileSystemEntries(parent).Any())
                {
                    Directory.Delete(parent);
                }
            }
        }
        catch (IOException ex)
        {
            Logger.LogWarning(ex, "Retention could not delete {Path}", path);
        }
    }
}
