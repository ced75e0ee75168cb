using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Security;

namespace ReportGraph.Host.Schedules;

/// <summary>The schedules of a user being deleted: handed over to another user, or deleted with their triggers.</summary>
internal sealed class UserSchedules(IDbContextFactory<ReportGraphDbContext> dbs, ScheduleService schedules) : IUserSchedules
{
    public async Task<int> CountAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Schedules.CountAsync(s => s.OwnerId == ownerId, cancellationToken);
    }

    public async Task HandOverAsync(Guid ownerId, Guid newOwnerId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // The triggers are keyed by schedule, not owner: nothing else changes.
        await db.Schedules.Where(s => s.OwnerId == ownerId).ExecuteUpdateAsync(u => u.SetProperty(s => s.OwnerId, newOwnerId), cancellationToken);
    }

    public async Task DeleteAllAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        List<Guid> ids;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            ids = await db.Schedules.Where(s => s.OwnerId == ownerId).Select(s => s.Id).ToListAsync(cancellationToken);
        }

        var owner = new Caller(ownerId, UserRole.Member);
        foreach (var id in ids)
        {
            await schedules.DeleteAsync(owner, id, cancellationToken);
        }
    }
}
