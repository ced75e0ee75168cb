namespace ReportGraph.Host.Security;

/// <summary>
/// What deleting a user does with their schedules; implemented by Schedules (which knows schedules and their triggers),
/// so Security does not depend on it.
/// </summary>
public interface IUserSchedules
{
    /// <summary>How many schedules the user owns.</summary>
    Task<int> CountAsync(Guid ownerId, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="newOwnerId"/> the owner of every schedule of <paramref name="ownerId"/>.</summary>
    Task HandOverAsync(Guid ownerId, Guid newOwnerId, CancellationToken cancellationToken);

    /// <summary>Deletes every schedule of the user with its recipients and history.</summary>
    Task DeleteAllAsync(Guid ownerId, CancellationToken cancellationToken);
}
