namespace ReportGraph.Host.Security;

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

/// <summary>The thing does not exist (or was deleted); GraphQL code <c>NOT_FOUND</c>.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller may not see or change it; GraphQL code <c>FORBIDDEN</c>.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
