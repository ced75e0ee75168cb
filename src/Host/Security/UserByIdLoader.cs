using Microsoft.EntityFrameworkCore;
using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security;

// Per-request batch loaders: a page of 50 schedules asks for these with one SQL command, not 50 times.

/// <summary>Users by id.</summary>
public sealed class UserByIdLoader(IBatchScheduler scheduler, IDbContextFactory<ReportGraphDbContext> dbs) : BatchDataLoader<Guid, UserNode>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, UserNode>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => keys.Contains(u.Id)).Select(UserNode.Projection).ToDictionaryAsync(u => u.Key, cancellationToken);
    }
}
