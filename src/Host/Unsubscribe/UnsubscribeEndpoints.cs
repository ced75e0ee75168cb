using ReportGraph.Host.Api;

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
            // cross-site POST would have to know it), it acts on that one recipient only, and the action is
            // harmless and reversible (resubscribe).
            .DisableAntiforgery();
        group.MapGet("/", ConfirmAsync);
        group.MapPost("/", UnsubscribeAsync);
        group.MapPost("/resubscribe", ResubscribeAsync);
        return endpoints;
    }

    private static async Task<IResult> ConfirmAsync(string token, RecipientOptIns optIns, CancellationToken ct)
    {
        var found = await optIns.FindAsync(token, ct);
        if (found is null)
        {
            return NotFound();
        }

        if (!found.IsSubscribed)
        {
            return UnsubscribedPage(token, found);
        }

        return HtmlPage.Result(StatusCodes.Status200OK, "Unsubscribe?",
            $"<p>Stop sending the report <strong>&ldquo;{HtmlPage.E(found.ScheduleName)}&rdquo;</strong> to {HtmlPage.E(MaskedEmail(found.Email))}?</p>"
            + HtmlPage.Button($"/unsubscribe/{token}", "Unsubscribe"));
    }

    // The body (List-Unsubscribe=One-Click from mail clients, empty from our page) needs no reading: the POST to
    // this URL is the request.
    private static async Task<IResult> UnsubscribeAsync(string token, RecipientOptIns optIns, CancellationToken ct) =>
        await optIns.UnsubscribeAsync(token, ct) is { } done ? UnsubscribedPage(token, done) : NotFound();

    private static async Task<IResult> ResubscribeAsync(string token, RecipientOptIns optIns, CancellationToken ct)
    {
        var done = await optIns.ResubscribeAsync(token, ct);
        return done is null
            ? NotFound()
            : HtmlPage.Result(StatusCodes.Status200OK, "Subscribed again",
                $"<p>You will receive the report <strong>&ldquo;{HtmlPage.E(done.ScheduleName)}&rdquo;</strong> again at {HtmlPage.E(MaskedEmail(done.Email))}.</p>"
                + HtmlPage.Button($"/unsubscribe/{token}", "Unsubscribe again"));
    }

    private static IResult UnsubscribedPage(string token, RecipientOptIn recipient) =>
        HtmlPage.Result(StatusCodes.Status200OK, "Unsubscribed",
            $"<p>You have been unsubscribed from <strong>&ldquo;{HtmlPage.E(recipient.ScheduleName)}&rdquo;</strong>; {HtmlPage.E(MaskedEmail(recipient.Email))} will receive no more emails of this report.</p>"
            + "<p style=\"color:#566573;font-size:13px;\">Unsubscribed by mistake?</p>"
            + HtmlPage.Button($"/unsubscribe/{token}/resubscribe", "Resubscribe"));

    // The same page for every unknown, malformed or removed token: it reveals nothing about what exists.
    private static IResult NotFound() =>
        HtmlPage.Result(StatusCodes.Status404NotFound, "Link not valid",
            "<p>This unsubscribe link is not valid. It may have been copied incompletely, or the report no longer goes to this address.</p>");

    /// <summary>"a***@example.com": enough for the recipient to recognise, little for someone the email was forwarded to.</summary>
    internal static string MaskedEmail(string email)
    {
        var at = email.IndexOf('@');
        return at <= 0 ? "your address" : email[0] + new string('*', Math.Max(3, at - 1)) + email[at..];
    }
}
