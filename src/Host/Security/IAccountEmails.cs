namespace ReportGraph.Host.Security;

/// <summary>
/// Sends the emails of accounts (invitations, password resets) through the system's mail setup. Implemented by
/// Deliveries, which knows the SMTP server, the outbox folder and the public base URL the link starts with.
/// </summary>
public interface IAccountEmails
{
    /// <summary>Sends <paramref name="email"/>; never throws for mail failures, reports them in the result.</summary>
    Task<AccountEmailResult> SendAsync(AccountEmail email, CancellationToken cancellationToken);
}

/// <summary>An account email.</summary>
/// <param name="Purpose">Invitation or password reset: decides the wording.</param>
/// <param name="To">The user's email.</param>
/// <param name="Name">The user's name.</param>
/// <param name="Token">The one-time token the link carries.</param>
/// <param name="ValidFor">How long the link works.</param>
/// <param name="InvitedBy">The inviting admin's name (invitations).</param>
public sealed record AccountEmail(OneTimeTokenPurpose Purpose, string To, string Name, string Token, TimeSpan ValidFor, string? InvitedBy = null);

/// <summary>Whether the email left, and what the server (or the problem) said.</summary>
public sealed record AccountEmailResult(bool Sent, string Detail);
