using System.Linq.Expressions;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>A person who signs in to manage schedules.</summary>
[GraphQLName("User")]
public sealed class UserNode : INode
{
    [GraphQLIgnore] public Guid Key { get; init; }

    /// <summary>Global id.</summary>
    [ID] public string Id => GlobalId.Encode("User", Key);
    /// <summary>Sign-in email.</summary>
    public string Email { get; init; } = "";
    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";
    /// <summary>ADMIN sees everything; MEMBER only what they own.</summary>
    public UserRole Role { get; init; }
    /// <summary>Created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When an admin disabled the account (no sign-in, no API keys), or null.</summary>
    public DateTimeOffset? DisabledAt { get; init; }
    /// <summary>False for an invited user who has not set a password yet (nor signs in otherwise).</summary>
    public bool HasPassword { get; init; }

    /// <summary>Projection from the entity (never the password hash or stamp).</summary>
    public static Expression<Func<User, UserNode>> Projection { get; } = u => new UserNode
    {
        Key = u.Id, Email = u.Email, Name = u.Name, Role = u.Role, CreatedAt = u.CreatedAt, DisabledAt = u.DisabledAt, HasPassword = u.PasswordHash != null,
    };

    private static readonly Func<User, UserNode> Compiled = Projection.Compile();

    /// <summary>The node of an entity in memory.</summary>
    public static UserNode From(User user) => Compiled(user);
}

/// <summary>An API key; the secret itself is shown only once, by createApiKey.</summary>
[GraphQLName("ApiKey")]
public sealed class ApiKeyNode : INode
{
    [GraphQLIgnore] public Guid Key { get; init; }

    /// <summary>Global id; use it with revokeApiKey.</summary>
    [ID] public string Id => GlobalId.Encode("ApiKey", Key);
    /// <summary>What the key is for.</summary>
    public string Name { get; init; } = "";
    /// <summary>The first characters of the key, to recognise it.</summary>
    public string Prefix { get; init; } = "";
    /// <summary>Created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last used (to the minute).</summary>
    public DateTimeOffset? LastUsedAt { get; init; }
    /// <summary>Revoked keys no longer authenticate.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>From the entity (never the hash).</summary>
    public static ApiKeyNode From(ApiKey k) => new()
    {
        Key = k.Id, Name = k.Name, Prefix = k.Prefix, CreatedAt = k.CreatedAt, LastUsedAt = k.LastUsedAt, RevokedAt = k.RevokedAt,
    };
}

/// <summary>A browser session of a user (signing in starts one; signing out ends it).</summary>
[GraphQLName("Session")]
public sealed class SessionNode : INode
{
    [GraphQLIgnore] public Guid Key { get; init; }

    /// <summary>Global id; use it with endSession.</summary>
    [ID] public string Id => GlobalId.Encode("Session", Key);
    /// <summary>Signed in.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Last request (to the minute).</summary>
    public DateTimeOffset LastSeenAt { get; init; }
    /// <summary>Ends then unless used again.</summary>
    public DateTimeOffset ExpiresAt { get; init; }
    /// <summary>The browser's User-Agent at sign-in.</summary>
    public string? UserAgent { get; init; }
    /// <summary>The client address at sign-in.</summary>
    public string? ClientAddress { get; init; }
    /// <summary>Whether this is the session of the request asking.</summary>
    public bool Current { get; init; }

    /// <summary>From the entity (never the token hash).</summary>
    public static SessionNode From(Session s, Guid? current) => new()
    {
        Key = s.Id, CreatedAt = s.CreatedAt, LastSeenAt = s.LastSeenAt, ExpiresAt = s.ExpiresAt, UserAgent = s.UserAgent,
        ClientAddress = s.ClientAddress, Current = s.Id == current,
    };
}
