using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security;

/// <summary><c>node(id)</c> for users: yourself, or anyone for admins.</summary>
internal sealed class UserNodeSource : INodeSource
{
    public string TypeName => "User";

    public async Task<INode?> LoadAsync(ReportGraphDbContext db, Caller caller, Guid key, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == key && (caller.IsAdmin || u.Id == caller.UserId))
            .Select(UserNode.Projection).SingleOrDefaultAsync(cancellationToken);
}
