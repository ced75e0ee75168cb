using System.Net.Mail;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security.Oidc;

/// <summary>The user a provider's sign-in stands for, or why there is none.</summary>
internal sealed record OidcSignInOutcome(User? User, string? Refusal)
{
    public static OidcSignInOutcome Refused(string reason) => new(null, reason);
}

/// <summary>
/// Turns the claims of a provider's sign-in into a ReportGraph user: the user with that verified email, or a new one
/// with the default role (or the role mapped from <see cref="OidcOptions.RoleClaim"/>). Roles of existing users are
/// managed in ReportGraph and not changed here, so an admin's demotion sticks whatever the provider says.
/// </summary>
internal sealed class OidcUsers(IDbContextFactory<ReportGraphDbContext> dbs, AccountService accounts, IOptions<OidcOptions> options, ILogger<OidcUsers> logger)
{
    public async Task<OidcSignInOutcome> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var email = principal.FindFirst("email")?.Value?.Trim();
        if (string.IsNullOrEmpty(email) || !MailAddress.TryCreate(email, out var address) || email.Length > 320)
        {
            return OidcSignInOutcome.Refused("The identity provider did not send an email address. Ask your administrator to include the email scope and claim.");
        }

        if (settings.RequireVerifiedEmail && !IsTrue(principal.FindFirst("email_verified")?.Value))
        {
            return OidcSignInOutcome.Refused($"The identity provider has not verified the email {email}, so it cannot be used to sign in.");
        }

        if (settings.AllowedEmailDomains.Length > 0
            && !settings.AllowedEmailDomains.Any(d => string.Equals(d.Trim(), address.Host, StringComparison.OrdinalIgnoreCase)))
        {
            return OidcSignInOutcome.Refused($"Accounts of {address.Host} may not sign in here.");
        }

        var normalized = email.ToUpperInvariant();
        var user = await FindAsync(normalized, cancellationToken);
        if (user is null)
        {
            var role = RoleOf(principal, settings);
            var name = principal.FindFirst("name")?.Value?.Trim() is { Length: > 0 and <= 200 } n ? n : address.User;
            try
            {
                // No password: the user signs in through the provider (an admin may still give them one).
                user = await accounts.CreateUserAsync(email, name, role, password: null, cancellationToken);
                logger.LogInformation("Created user {UserId} with role {Role} on first single sign-on", user.Id, role);
            }
            catch (DbUpdateException)
            {
                // Two first sign-ins of the same person at once: the other one created the user.
                user = await FindAsync(normalized, cancellationToken) ?? throw new InvalidOperationException("The new user could not be created.");
            }
        }

        return user.DisabledAt is not null
            ? OidcSignInOutcome.Refused("This account is disabled. Ask an administrator to enable it.")
            : new OidcSignInOutcome(user, null);
    }

    private async Task<User?> FindAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
    }

    private static UserRole RoleOf(ClaimsPrincipal principal, OidcOptions settings)
    {
        var role = OidcOptionsValidator.TryParseRole(settings.DefaultRole, out var configured) ? configured : UserRole.Member;
        if (string.IsNullOrWhiteSpace(settings.RoleClaim))
        {
            return role;
        }

        var mapped = principal.FindAll(settings.RoleClaim.Trim())
            .Select(c => settings.RoleMapping.TryGetValue(c.Value, out var r) && OidcOptionsValidator.TryParseRole(r, out var parsed) ? parsed : (UserRole?)null)
            .Where(r => r is not null)
            .ToList();
        return mapped.Count == 0 ? role : mapped.Contains(UserRole.Admin) ? UserRole.Admin : UserRole.Member;
    }

    // Providers send a JSON boolean (true) or, some of them, a string ("true").
    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
