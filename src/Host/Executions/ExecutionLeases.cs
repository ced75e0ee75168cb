using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Executions;

/// <summary>
/// Who works on which execution. A claim is one conditional UPDATE, atomic on SQLite and PostgreSQL:
/// a queued execution, or a running one whose lease ran out (its node died), goes to exactly one node.
/// </summary>
public sealed class ExecutionLeases(IDbContextFactory<ReportGraphDbContext> dbs, TimeProvider clock, IOptions<ExecutionOptions> options)
{
    private ExecutionOptions Options => options.Value;

    /// <summary>Ids of executions that can be claimed now, oldest first.</summary>
    public async Task<List<Guid>> FindClaimableAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Executions
            .Where(e => e.Status == ExecutionStatus.Queued || (e.Status == ExecutionStatus.Running && e.LeaseExpiresAt < now))
            .OrderBy(e => e.ScheduledFor)
            .Select(e => e.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Claims the execution for this node; false when someone else has it.</summary>
    public async Task<bool> TryClaimAsync(Guid executionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + Options.LeaseDuration;
        var node = Options.NodeId;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Executions
            .Where(e => e.Id == executionId
                && (e.Status == ExecutionStatus.Queued || (e.Status == ExecutionStatus.Running && e.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, ExecutionStatus.Running)
                .SetProperty(e => e.LeaseOwner, node)
                .SetProperty(e => e.LeaseExpiresAt, until)
                .SetProperty(e => e.Attempt, e => e.Attempt + 1), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Extends this node's lease; false when the lease was lost (another node took over).</summary>
    public async Task<bool> RenewAsync(Guid executionId, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + Options.LeaseDuration;
        var node = Options.NodeId;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var renewed = await db.Executions
            .Where(e => e.Id == executionId && e.Status == ExecutionStatus.Running && e.LeaseOwner == node)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeaseExpiresAt, until), cancellationToken);
        return renewed == 1;
    }
}
