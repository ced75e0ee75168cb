namespace ReportGraph.Host.Security;

/// <summary>
/// A browser session. The cookie carries a random secret; only its SHA-256 is stored, so the table alone lets no one
/// sign in. Deleting the row ends the session on every node at the cookie's next request.
/// </summary>
public sealed class Session
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public User? User { get; set; }
    /// <summary>SHA-256 of the cookie's session secret, hex.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Last request (to the minute: written at most once a minute).</summary>
    public DateTimeOffset LastSeenAt { get; set; }
    /// <summary>Last seen plus <c>Security:SessionLifetime</c>; later requests are refused.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
    public string? UserAgent { get; set; }
    public string? ClientAddress { get; set; }
}
