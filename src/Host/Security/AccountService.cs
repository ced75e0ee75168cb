using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security;

/// <summary>Users, passwords and API keys.</summary>
public sealed class AccountService(IDbContextFactory<ReportGraphDbContext> dbs, IPasswordHasher<User> hasher, TimeProvider clock)
{
    /// <summary>Every API key starts with this, so leaked keys are easy to recognise and scan for.</summary>
    public const string ApiKeyPrefix = "rgk_";

    /// <summary>Shortest password accepted.</summary>
    public const int MinPasswordLength = 12;

    // Verifying against a fixed hash when the user does not exist keeps sign-in timing the same for unknown emails.
    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(new User { Email = "", NormalizedEmail = "", Name = "" }, "not-a-real-password");

    /// <summary>The user with this email and password, or null (unknown email and wrong password look the same).</summary>
    public async Task<User?> VerifyPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user?.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(new User { Email = "", NormalizedEmail = "", Name = "" }, DummyHash, password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return user;
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

    /// <summary>Revokes a key of the caller (admins: any key); null when there is no such key or it is another user's.</summary>
    public async Task<ApiKey?> RevokeApiKeyAsync(Caller caller, Guid keyId, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null || !caller.MayAccess(key.UserId))
        {
            // Another user's key answers like a missing one (no existence oracle).
            return null;
        }

        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>The user and key for a presented secret, or null when unknown or revoked.</summary>
    public async Task<(User User, ApiKey Key)?> AuthenticateApiKeyAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(ApiKeyPrefix, StringComparison.Ordinal) || secret.Length < 20)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var prefix = secret[..12];
        var key = await db.ApiKeys.Include(k => k.User).SingleOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        if (key?.User is null || key.RevokedAt is not null
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
