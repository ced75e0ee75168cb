using System.Security.Claims;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>A person who signs in to manage schedules.</summary>
public sealed class User
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Email { get; set; }
    /// <summary>Upper-cased email, unique, for case-insensitive look-up in any database.</summary>
    public required string NormalizedEmail { get; set; }
    public required string Name { get; set; }
    public UserRole Role { get; set; }
    /// <summary>ASP.NET Core PasswordHasher output; null for users who may only use API keys.</summary>
    public string? PasswordHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Changes on password change and sign-out-everywhere, invalidating cookies.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    /// <summary>Set when an admin disabled the account: no sign-in, no API key, no session.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
    /// <summary>Wrong passwords since the last successful sign-in; each one past the free few doubles the wait.</summary>
    public int FailedSignIns { get; set; }
    /// <summary>Sign-in is refused (without checking the password) until then, after repeated wrong passwords.</summary>
    public DateTimeOffset? SignInBlockedUntil { get; set; }

    /// <summary>The identity a session cookie or an API key of this user carries.</summary>
    public ClaimsPrincipal ToPrincipal(string scheme, Guid? apiKeyId = null) =>
        CallerClaims.For(Id, Role, SecurityStamp, Email, scheme, apiKeyId);
}
