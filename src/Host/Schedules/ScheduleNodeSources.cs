using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Schedules;

/// <summary><c>node(id)</c> for schedules: the caller's own, or any for admins.</summary>
internal sealed class ScheduleNodeSource : INodeSource
{
    public string TypeName => "Schedule";

    public async Task<INode?> LoadAsync(ReportGraphDbContext db, Caller caller, Guid key, CancellationToken cancellationToken) =>
        await db.Schedules.Where(s => s.Id == key && (caller.IsAdmin || s.OwnerId == caller.UserId))
            .Select(ScheduleNode.Projection).SingleOrDefaultAsync(cancellationToken);
}

/// <summary><c>node(id)</c> for recipients of the caller's schedules, or any for admins.</summary>
internal sealed class RecipientNodeSource : INodeSource
{
    public string TypeName => "Recipient";

    public async Task<INode?> LoadAsync(ReportGraphDbContext db, Caller caller, Guid key, CancellationToken cancellationToken) =>
        await db.Recipients.Where(r => r.Id == key && (caller.IsAdmin || r.Schedule!.OwnerId == caller.UserId))
            .Select(RecipientNode.Projection).SingleOrDefaultAsync(cancellationToken);
}
