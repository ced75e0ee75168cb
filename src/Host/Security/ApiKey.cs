namespace ReportGraph.Host.Security;

/// <summary>A key a program sends as <c>Authorization: Bearer</c>. Only its hash is stored.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public User? User { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the key, shown in lists and used to find the row.</summary>
    public required string Prefix { get; set; }
    /// <summary>SHA-256 of the whole key, hex.</summary>
    public required string KeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
