using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security;

/// <summary>Users, passwords and API keys.</summary>
public sealed class AccountService(IDbContextFactory<ReportGraphDbContext> dbs, IPasswordHasher<User> hasher, TimeProvider clock,
    IOptionsMonitor<SecurityOptions>? options = null)
{
    /// <summary>Every API key starts with this, so leaked keys are easy to recognise and scan for.</summary>
    public const string ApiKeyPrefix = "rgk_";

    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 12;

    // Verifying against a fixed hash when the user does not exist keeps sign-in timing the same for unknown emails.
    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(new User { Email = "", NormalizedEmail = "", Name = "" }, "not-a-real-password");

    /// <summary>The user with this email and password, or null (unknown email, wrong password, disabled user and a slowed-down account look the same).</summary>
    public async Task<User?> VerifyPasswordAsync(string email, string password, CancellationToken cancellationToken) =>
        (await CheckPasswordAsync(email, password, cancellationToken)).User;

    /// <summary>
    /// Checks a password. After <c>Security:RateLimits:FreeFailedSignIns</c> wrong passwords in a row the account is
    /// slowed down: each further wrong one makes sign-in wait twice as long (1 s, 2 s, 4 s … up to
    /// <c>MaxSignInDelay</c>), during which no password is even checked. The wait is stored with the user (every node
    /// sees it) and short, so the real owner is never locked out for long; a correct password resets it.
    /// </summary>
    public async Task<PasswordCheck> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user?.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(new User { Email = "", NormalizedEmail = "", Name = "" }, DummyHash, password);
            return new PasswordCheck(null, null);
        }

        var now = clock.GetUtcNow();
        if (user.SignInBlockedUntil is { } until && until > now)
        {
            return new PasswordCheck(null, until - now);
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            var limits = options?.CurrentValue.RateLimits ?? new RateLimitOptions();
            user.FailedSignIns++;
            var over = user.FailedSignIns - limits.FreeFailedSignIns;
            if (over > 0)
            {
                var delay = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(over - 1, 20)));
                user.SignInBlockedUntil = now + (delay < limits.MaxSignInDelay ? delay : limits.MaxSignInDelay);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new PasswordCheck(null, null);
        }

        if (user.DisabledAt is not null)
        {
            return new PasswordCheck(null, null);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        user.FailedSignIns = 0;
        user.SignInBlockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return new PasswordCheck(user, null);
    }

    /// <summary>Sets a new password (checked against <see cref="MinPasswordLength"/> by the caller) and a new security stamp.</summary>
    public async Task<User?> SetPasswordAsync(Guid userId, string newPassword, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        user.PasswordHash = hasher.HashPassword(user, newPassword);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.FailedSignIns = 0;
        user.SignInBlockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>Whether <paramref name="password"/> is the user's current password (no slow-down: the caller is signed in).</summary>
    public async Task<bool> IsCurrentPasswordAsync(Guid userId, string password, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user?.PasswordHash is not null && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>Creates a user; throws when the email is taken.</summary>
    public async Task<User> CreateUserAsync(string email, string name, UserRole role, string? password, CancellationToken cancellationToken)
    {
        var user = new User
        {
            Email = email.Trim(),
            NormalizedEmail = email.Trim().ToUpperInvariant(),
            Name = name,
            Role = role,
            CreatedAt = clock.GetUtcNow(),
        };
        if (password is not null)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
        }

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>The user, or null.</summary>
    public async Task<User?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
    }

    /// <summary>Creates an API key; the returned secret is shown once and never stored.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateApiKeyAsync(Guid userId, string name, CancellationToken cancellationToken)
    {
        var random = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var secret = ApiKeyPrefix + random;
        var key = new ApiKey
        {
            UserId = userId,
            Name = name.Trim(),
            Prefix = secret[..12],
            KeyHash = Hash(secret),
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    /// <summary>Revokes a key of the caller (admins: any key); false when there is no such key.</summary>
    public async Task<ApiKey?> RevokeApiKeyAsync(Caller caller, Guid keyId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null)
        {
            return null;
        }

        if (!caller.MayAccess(key.UserId))
        {
            throw new ForbiddenException("You may only revoke your own API keys.");
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The user and key for a presented secret, or null when unknown or revoked or the user is disabled.</summary>
    public async Task<(User User, ApiKey Key)?> AuthenticateApiKeyAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(ApiKeyPrefix, StringComparison.Ordinal) || secret.Length < 20)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var prefix = secret[..12];
        var key = await db.ApiKeys.Include(k => k.User).SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        if (key?.User is null || key.RevokedAt is not null || key.User.DisabledAt is not null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key.KeyHash), Encoding.ASCII.GetBytes(Hash(secret))))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            key.LastUsedAt = now; // at most once a minute, so a busy client does not write on every request
            await db.SaveChangesAsync(cancellationToken);
        }

        return (key.User, key);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>The result of a password check.</summary>
/// <param name="User">The user, when the password is right and the account may sign in.</param>
/// <param name="RetryAfter">Set when the account is slowed down after wrong passwords: nothing was checked.</param>
public sealed record PasswordCheck(User? User, TimeSpan? RetryAfter);
