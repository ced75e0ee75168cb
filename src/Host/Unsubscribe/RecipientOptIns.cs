using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Unsubscribe;

/// <summary>A recipient found by unsubscribe token, as the pages and the API's unsubscribe mutations show it.</summary>
/// <param name="RecipientId">The recipient row.</param>
/// <param name="ScheduleId">Its schedule.</param>
/// <param name="ScheduleName">The schedule's name.</param>
/// <param name="Email">The recipient's address.</param>
/// <param name="IsSubscribed">The state after the call.</param>
/// <param name="UnsubscribedAt">When the recipient unsubscribed; null while subscribed.</param>
public sealed record RecipientOptIn(Guid RecipientId, Guid ScheduleId, string ScheduleName, string Email, bool IsSubscribed, DateTimeOffset? UnsubscribedAt);

/// <summary>
/// Subscribing and unsubscribing by a recipient's unsubscribe token — the only thing these tokens can do. Used by the
/// plain HTTP endpoints and by the API's <c>unsubscribe</c>/<c>resubscribe</c> mutations. Every method returns null
/// for an unknown or malformed token, without telling which.
/// </summary>
public sealed class RecipientOptIns(IDbContextFactory<ReportGraphDbContext> dbs, TimeProvider clock)
{
    /// <summary>The recipient's current state, or null.</summary>
    public Task<RecipientOptIn?> FindAsync(string token, CancellationToken cancellationToken) =>
        ChangeAsync(token, subscribe: null, cancellationToken);

    /// <summary>Unsubscribes (idempotent: a second call keeps the first time stamp), or null.</summary>
    public Task<RecipientOptIn?> UnsubscribeAsync(string token, CancellationToken cancellationToken) =>
        ChangeAsync(token, subscribe: false, cancellationToken);

    /// <summary>Subscribes again (idempotent), or null.</summary>
    public Task<RecipientOptIn?> ResubscribeAsync(string token, CancellationToken cancellationToken) =>
        ChangeAsync(token, subscribe: true, cancellationToken);

    /// <summary>
    /// Whether <paramref name="token"/> has the shape of an unsubscribe token: base64url, 22 to 64 characters
    /// (128 to 384 bits). Anything else is refused before touching the store.
    /// </summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: >= 22 and <= 64 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private async Task<RecipientOptIn?> ChangeAsync(string token, bool? subscribe, CancellationToken ct)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var recipient = await db.Recipients.Include(r => r.Schedule).SingleOrDefaultAsync(r => r.UnsubscribeToken == token, ct);
        if (recipient?.Schedule is null)
        {
            return null;
        }

        if (subscribe is { } wanted && recipient.IsSubscribed != wanted)
        {
            recipient.IsSubscribed = wanted;
            recipient.UnsubscribedAt = wanted ? null : clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return new RecipientOptIn(recipient.Id, recipient.ScheduleId, recipient.Schedule.Name, recipient.Email, recipient.IsSubscribed, recipient.UnsubscribedAt);
    }
}
