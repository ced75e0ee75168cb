namespace ReportGraph.Host.Security;

/// <summary>What a user may do: admins see and change everything, members only what they own.</summary>
public enum UserRole
{
    /// <summary>Sees and changes only their own schedules, executions, artifacts and settings.</summary>
    Member,
    /// <summary>Sees and changes everything.</summary>
    Admin,
}

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
}
