using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Delivery;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Unsubscribe;

/// <summary>
/// The unsubscribe links of report emails (anonymous; the recipient's token is the only key):
/// <c>GET /unsubscribe/{token}</c> asks for confirmation, <c>POST /unsubscribe/{token}</c> unsubscribes (also the
/// RFC 8058 one-click POST mail clients send), <c>POST /unsubscribe/{token}/resubscribe</c> undoes it.
/// </summary>
public static class UnsubscribeEndpoints
{
    /// <summary>Maps the unsubscribe endpoints.</summary>
    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/unsubscribe/{token}").AllowAnonymous()
            // Antiforgery is off on purpose. Mail clients send the RFC 8058 one-click POST without cookies or a form
            // token, so antiforgery would refuse exactly the request this endpoint exists for. It is safe: the
            // unguessable token in the URL is itself the secret that proves the caller got the email (a forged
            // cross-site POST would have to know it), it only acts on that one recipient, and the action is
            // harmless and reversible (resubscribe).
            .DisableAntiforgery();
        group.MapGet("/", ConfirmAsync);
        group.MapPost("/", UnsubscribeAsync);
        group.MapPost("/resubscribe", ResubscribeAsync);
        return endpoints;
    }

    private static async Task<IResult> ConfirmAsync(string token, IDbContextFactory<ReportGraphDbContext> store, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var found = await FindAsync(db, token, ct);
        if (found is null)
        {
            return NotFound();
        }

        var (recipient, scheduleName) = found.Value;
        if (!recipient.IsSubscribed)
        {
            return UnsubscribedPage(token, scheduleName, recipient.Email);
        }

        return HtmlPage.Result(StatusCodes.Status200OK, "Unsubscribe?",
            $"<p>Stop sending the report <strong>&ldquo;{HtmlPage.E(scheduleName)}&rdquo;</strong> to {HtmlPage.E(MaskedEmail(recipient.Email))}?</p>"
            + HtmlPage.Button($"/unsubscribe/{token}", "Unsubscribe"));
    }

    private static async Task<IResult> UnsubscribeAsync(string token, IDbContextFactory<ReportGraphDbContext> store, TimeProvider time, CancellationToken ct)
    {
        // The body (List-Unsubscribe=One-Click from mail clients, empty from our page) needs no reading: the POST
        // to this URL is the request.
        await using var db = await store.CreateDbContextAsync(ct);
        var found = await FindAsync(db, token, ct);
        if (found is null)
        {
            return NotFound();
        }

        var (recipient, scheduleName) = found.Value;
        if (recipient.IsSubscribed)
        {
            recipient.IsSubscribed = false;
            recipient.UnsubscribedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return UnsubscribedPage(token, scheduleName, recipient.Email);
    }

    private static async Task<IResult> ResubscribeAsync(string token, IDbContextFactory<ReportGraphDbContext> store, CancellationToken ct)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var found = await FindAsync(db, token, ct);
        if (found is null)
        {
            return NotFound();
        }

        var (recipient, scheduleName) = found.Value;
        if (!recipient.IsSubscribed)
        {
            recipient.IsSubscribed = true;
            recipient.UnsubscribedAt = null;
            await db.SaveChangesAsync(ct);
        }

        return HtmlPage.Result(StatusCodes.Status200OK, "Subscribed again",
            $"<p>You will receive the report <strong>&ldquo;{HtmlPage.E(scheduleName)}&rdquo;</strong> again at {HtmlPage.E(MaskedEmail(recipient.Email))}.</p>"
            + HtmlPage.Button($"/unsubscribe/{token}", "Unsubscribe again"));
    }

    private static IResult UnsubscribedPage(string token, string scheduleName, string email) =>
        HtmlPage.Result(StatusCodes.Status200OK, "Unsubscribed",
            $"<p>You have been unsubscribed from <strong>&ldquo;{HtmlPage.E(scheduleName)}&rdquo;</strong>; {HtmlPage.E(MaskedEmail(email))} will receive no more emails of this report.</p>"
            + "<p style=\"color:#566573;font-size:13px;\">Unsubscribed by mistake?</p>"
            + HtmlPage.Button($"/unsubscribe/{token}/resubscribe", "Resubscribe"));

    // The same page for every unknown, malformed or removed token: it reveals nothing about what exists.
    private static IResult NotFound() =>
        HtmlPage.Result(StatusCodes.Status404NotFound, "Link not valid",
            "<p>This unsubscribe link is not valid. It may have been copied incompletely, or the report no longer goes to this address.</p>");

    private static async Task<(Recipient Recipient, string ScheduleName)?> FindAsync(ReportGraphDbContext db, string token, CancellationToken ct)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }

        var recipient = await db.Recipients.Include(r => r.Schedule).SingleOrDefaultAsync(r => r.UnsubscribeToken == token, ct);
        return recipient?.Schedule is null ? null : (recipient, recipient.Schedule.Name);
    }

    // Tokens are base64url, 22+ characters (128 bits or more), at most 64 (the column).
    private static bool LooksLikeToken(string token) =>
        token.Length is >= 22 and <= 64 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>"a***@example.com": enough for the recipient to recognise, little for someone the email was forwarded to.</summary>
    internal static string MaskedEmail(string email)
    {
        var at = email.IndexOf('@');
        return at <= 0 ? "your address" : email[0] + new string('*', Math.Max(3, at - 1)) + email[at..];
    }
}
