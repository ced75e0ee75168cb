using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Security;

/// <summary>
/// What admins do with accounts: invite, change (name, role, disabled) and delete users. The last active admin can
/// be neither demoted, disabled nor deleted, so the install always keeps someone who can manage it.
/// </summary>
public sealed class UserAdministration(
    IDbContextFactory<ReportGraphDbContext> dbs,
    AccountService accounts,
    OneTimeTokens tokens,
    SessionStore sessions,
    IUserSchedules schedules,
    IAccountEmails emails,
    IOptionsMonitor<SecurityOptions> options,
    TimeProvider clock)
{
    /// <summary>Code of refusing to remove the last active admin.</summary>
    public const string LastAdmin = "LAST_ADMIN";

    /// <summary>Creates a user without password and emails them a link to set one.</summary>
    public async Task<InviteResult> InviteAsync(Caller admin, string email, string name, UserRole role, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        var trimmed = email?.Trim() ?? "";
        if (trimmed.Length is 0 or > 320 || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
        {
            errors.Add(new InputError(["email"], InputErrorCodes.Invalid, "email must be an email address such as ana@example.com (at most 320 characters)."));
        }

        errors.AddRange(CheckName(name));
        if (errors.Count > 0)
        {
            return new InviteResult(null, null, errors);
        }

        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            var normalized = trimmed.ToUpperInvariant();
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            {
                return new InviteResult(null, null, [new InputError(["email"], InputErrorCodes.Duplicate, $"A user with the email {trimmed} exists already.")]);
            }
        }

        var user = await accounts.CreateUserAsync(trimmed, name.Trim(), role, null, cancellationToken);
        var lifetime = options.CurrentValue.InvitationLifetime;
        var token = await tokens.IssueAsync(user.Id, OneTimeTokenPurpose.Invitation, lifetime, cancellationToken);
        var inviter = await accounts.FindAsync(admin.UserId, cancellationToken);
        var sent = await emails.SendAsync(new AccountEmail(OneTimeTokenPurpose.Invitation, user.Email, user.Name, token, lifetime, inviter?.Name), cancellationToken);
        return new InviteResult(user, sent, []);
    }

    /// <summary>Emails a password-reset link when an active user has this email; says nothing either way.</summary>
    public async Task SendPasswordResetAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = (email ?? "").Trim().ToUpperInvariant();
        User? user;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized && u.DisabledAt == null, cancellationToken);
        }

        if (user is null)
        {
            return;
        }

        var lifetime = options.CurrentValue.PasswordResetLifetime;
        var token = await tokens.IssueAsync(user.Id, OneTimeTokenPurpose.PasswordReset, lifetime, cancellationToken);
        await emails.SendAsync(new AccountEmail(OneTimeTokenPurpose.PasswordReset, user.Email, user.Name, token, lifetime), cancellationToken);
    }

    /// <summary>Changes a user's name, role or disabled state; disabling ends the user's sessions.</summary>
    public async Task<(User? User, IReadOnlyList<InputError> Errors)> UpdateAsync(Guid userId, string? name, UserRole? role, bool? disabled,
        CancellationToken cancellationToken)
    {
        if (name is not null && CheckName(name) is { Count: > 0 } nameErrors)
        {
            return (null, nameErrors);
        }

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException($"User '{GlobalId.Encode("User", userId)}' does not exist.");
        var losesAdmin = user.Role == UserRole.Admin && user.DisabledAt is null && (role == UserRole.Member || disabled == true);
        if (losesAdmin && !await OtherActiveAdminExistsAsync(db, userId, cancellationToken))
        {
            var field = role == UserRole.Member ? "role" : "disabled";
            return (null, [new InputError([field], LastAdmin, "This is the last active admin: make another user an admin first, so someone can still manage the install.")]);
        }

        if (name is not null)
        {
            user.Name = name.Trim();
        }

        if (role is { } newRole)
        {
            user.Role = newRole;
        }

        if (disabled is { } off)
        {
            user.DisabledAt = off ? user.DisabledAt ?? clock.GetUtcNow() : null;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (user.DisabledAt is not null)
        {
            await sessions.EndAllAsync(userId, null, cancellationToken);
        }

        return (user, []);
    }

    /// <summary>
    /// Deletes a user with their sessions, API keys and SMTP settings; their schedules go to
    /// <paramref name="schedulesTo"/> or are deleted (<paramref name="deleteSchedules"/>), exactly one of the two.
    /// </summary>
    public async Task<IReadOnlyList<InputError>> DeleteAsync(Caller admin, Guid userId, Guid? schedulesTo, bool deleteSchedules, CancellationToken cancellationToken)
    {
        if (schedulesTo is null == !deleteSchedules)
        {
            return [new InputError(["schedulesTo"], InputErrorCodes.Required,
                "Say what happens to the user's schedules: either schedulesTo (the id of an active user who takes them over) or deleteSchedules: true, not both.")];
        }

        if (userId == admin.UserId)
        {
            return [new InputError(["id"], InputErrorCodes.NotAllowed, "You cannot delete yourself; another admin can.")];
        }

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException($"User '{GlobalId.Encode("User", userId)}' does not exist.");
        if (user.Role == UserRole.Admin && user.DisabledAt is null && !await OtherActiveAdminExistsAsync(db, userId, cancellationToken))
        {
            return [new InputError(["id"], LastAdmin, "This is the last active admin and cannot be deleted.")];
        }

        if (schedulesTo is { } heirId)
        {
            if (heirId == userId || !await db.Users.AnyAsync(u => u.Id == heirId && u.DisabledAt == null, cancellationToken))
            {
                return [new InputError(["schedulesTo"], InputErrorCodes.Invalid, "schedulesTo must be the id of another active user.")];
            }

            await schedules.HandOverAsync(userId, heirId, cancellationToken);
        }
        else
        {
            await schedules.DeleteAllAsync(userId, cancellationToken);
        }

        // Sessions, API keys, tokens and SMTP settings go with the row (cascading foreign keys).
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        return [];
    }

    private static List<InputError> CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200
            ? [new InputError(["name"], InputErrorCodes.Required, "name is required: 1 to 200 characters.")]
            : [];

    private static Task<bool> OtherActiveAdminExistsAsync(ReportGraphDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id != userId && u.Role == UserRole.Admin && u.DisabledAt == null, cancellationToken);
}

/// <summary>The result of inviting: the new user and whether the email left, or the input problems.</summary>
public sealed record InviteResult(User? User, AccountEmailResult? Email, IReadOnlyList<InputError> Errors);
