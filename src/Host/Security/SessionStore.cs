using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security;

/// <summary>
/// Browser sessions kept in the store, so that every node sees a session end at once: the cookie holds a random
/// secret (claim <see cref="SessionClaim"/>), the store its hash, and a cookie whose row is gone is refused.
/// </summary>
public sealed class SessionStore(IDbContextFactory<ReportGraphDbContext> dbs, IOptionsMonitor<SecurityOptions> options, TimeProvider clock)
{
    /// <summary>The claim of a cookie identity that holds the session secret.</summary>
    public const string SessionClaim = "rg:sid";

    /// <summary>Longest user agent kept.</summary>
    public const int MaxUserAgentLength = 256;

    // Writing "last seen" on every request would make every read a write; once a minute is precise enough to show.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>Starts a session for <paramref name="user"/> and returns the cookie identity carrying its secret.</summary>
    public async Task<ClaimsPrincipal> StartAsync(User user, string scheme, string? userAgent, string? clientAddress, CancellationToken cancellationToken)
    {
        var secret = SecretTokens.New();
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        // Pruning here keeps the table small without a background job: sign-ins happen on every node.
        await db.Sessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.Sessions.Add(new Session
        {
            UserId = user.Id,
            TokenHash = SecretTokens.Hash(secret),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.CurrentValue.SessionLifetime,
            UserAgent = userAgent is { Length: > MaxUserAgentLength } ? userAgent[..MaxUserAgentLength] : userAgent,
            ClientAddress = clientAddress,
        });
        await db.SaveChangesAsync(cancellationToken);
        return WithSession(user.ToPrincipal(scheme), secret);
    }

    /// <summary><paramref name="principal"/> with the session secret added.</summary>
    public static ClaimsPrincipal WithSession(ClaimsPrincipal principal, string secret)
    {
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionClaim, secret));
        return principal;
    }

    /// <summary>The session's secret in a cookie identity, or null.</summary>
    public static string? SecretOf(ClaimsPrincipal? principal) => principal?.FindFirst(SessionClaim)?.Value;

    /// <summary>
    /// The live session with this secret and its user, or null when it ended, expired or its user is disabled.
    /// Extends the session (sliding) at most once a minute.
    /// </summary>
    public async Task<(Session Session, User User)?> ValidateAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(secret);
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.Include(s => s.User).SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        if (session?.User is null || session.ExpiresAt <= now || session.User.DisabledAt is not null)
        {
            return null;
        }

        if (now - session.LastSeenAt >= TouchInterval)
        {
            session.LastSeenAt = now;
            session.ExpiresAt = now + options.CurrentValue.SessionLifetime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return (session, session.User);
    }

    /// <summary>The id of the session with this secret, or null.</summary>
    public async Task<Guid?> IdOfAsync(string? secret, CancellationToken cancellationToken)
    {
        if (secret is null)
        {
            return null;
        }

        var hash = SecretTokens.Hash(secret);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.Where(s => s.TokenHash == hash).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The user's live sessions, most recently seen first.</summary>
    public async Task<IReadOnlyList<Session>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.AsNoTracking().Where(s => s.UserId == userId && s.ExpiresAt > now)
            .OrderByDescending(s => s.LastSeenAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Ends the session with this secret (sign out).</summary>
    public async Task EndBySecretAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(secret);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Sessions.Where(s => s.TokenHash == hash).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Ends one session of the user; false when the user has no such session.</summary>
    public async Task<bool> EndAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.Where(s => s.Id == sessionId && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Ends every session of the user except <paramref name="keep"/>; returns how many ended.</summary>
    public async Task<int> EndAllAsync(Guid userId, Guid? keep, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync(cancellationToken);
    }
}
