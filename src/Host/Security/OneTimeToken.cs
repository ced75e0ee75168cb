namespace ReportGraph.Host.Security;

/// <summary>What a one-time token lets its holder do.</summary>
public enum OneTimeTokenPurpose
{
    /// <summary>Set the first password of an invited user.</summary>
    Invitation,
    /// <summary>Set a new password after requestPasswordReset.</summary>
    PasswordReset,
}

/// <summary>A token emailed in a link (invitation, password reset). Only its SHA-256 is stored; it works once, until it expires.</summary>
public sealed class OneTimeToken
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public OneTimeTokenPurpose Purpose { get; set; }
    /// <summary>SHA-256 of the token, hex.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
