using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security;

/// <summary>
/// Issues and redeems the tokens of invitation and password-reset links: 32 random bytes, stored as SHA-256,
/// expiring, and used at most once (a conditional update, so two requests with one token cannot both succeed).
/// </summary>
public sealed class OneTimeTokens(IDbContextFactory<ReportGraphDbContext> dbs, AccountService accounts, SessionStore sessions, TimeProvider clock)
{
    /// <summary>Issues a token for the user; earlier unused tokens of the same purpose stop working.</summary>
    public async Task<string> IssueAsync(Guid userId, OneTimeTokenPurpose purpose, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var token = SecretTokens.New();
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.OneTimeTokens.Where(t => (t.UserId == userId && t.Purpose == purpose) || t.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.OneTimeTokens.Add(new OneTimeToken
        {
            UserId = userId,
            Purpose = purpose,
            TokenHash = SecretTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// Sets the password of the token's user and uses the token up; every session of the user ends (whoever knew the
    /// old password is out). Null when the token is unknown, used, expired or its user disabled.
    /// </summary>
    public async Task<User?> RedeemAsync(string token, string newPassword, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(token);
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var row = await db.OneTimeTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (row is null || row.UsedAt is not null || row.ExpiresAt <= now)
        {
            return null;
        }

        var disabled = await db.Users.Where(u => u.Id == row.UserId).Select(u => u.DisabledAt).SingleOrDefaultAsync(cancellationToken);
        if (disabled is not null)
        {
            return null;
        }

        // Only the request whose update changes the row goes on: a token used twice at once works once.
        var claimed = await db.OneTimeTokens.Where(t => t.Id == row.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var user = await accounts.SetPasswordAsync(row.UserId, newPassword, cancellationToken);
        await sessions.EndAllAsync(row.UserId, null, cancellationToken);
        return user;
    }
}
