namespace ReportGraph.Host.Api;

/// <summary>The signed-in user a command runs for.</summary>
/// <param name="UserId">The user.</param>
/// <param name="Role">Admins see and change everything; members only what they own.</param>
public sealed record Caller(Guid UserId, UserRole Role)
{
    /// <summary>Whether the caller is an admin.</summary>
    public bool IsAdmin => Role == UserRole.Admin;

    /// <summary>Whether the caller may see and change something owned by <paramref name="ownerId"/>.</summary>
    public bool MayAccess(Guid ownerId) => IsAdmin || ownerId == UserId;
}
