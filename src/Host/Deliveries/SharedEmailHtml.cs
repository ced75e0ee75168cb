using System.Collections.Concurrent;
using System.Text.Encodings.Web;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The HTML body a run's emails share, rendered once per pass instead of once per recipient (a Razor render is the
/// largest part of composing an email). The host template differs between recipients only in their address, their
/// name and their unsubscribe link: it is rendered with unique placeholders for those, which are then replaced by each
/// recipient's values, HTML-encoded by the encoder Razor used. Two renders at most: with a name and without (the
/// greeting's wording differs). A plugin's own component may do anything with the recipient, so it is rendered per
/// recipient as before.
/// </summary>
internal sealed class SharedEmailHtml(EmailComposer composer, EmailReport report, IReadOnlyList<PlannedFile> files, HtmlEncoder encoder)
{
    // Letters and digits only: every encoder leaves them as they are, so they are found in the output verbatim.
    private readonly string _placeholder = "rgph" + Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<bool, Lazy<Task<string>>> _templates = new();

    private string EmailPlaceholder => _placeholder + "email";

    private string NamePlaceholder => _placeholder + "name";

    private string TokenPlaceholder => _placeholder + "token";

    /// <summary>The HTML body for <paramref name="to"/>; the same text a render for them alone produces.</summary>
    public async Task<string> HtmlAsync(EmailAddressee to)
    {
        if (report.Run.Result.EmailComponent is not null)
        {
            return await composer.RenderHtmlAsync(report, files, to);
        }

        var named = !string.IsNullOrWhiteSpace(to.DisplayName);
        var template = await _templates.GetOrAdd(named, n => new Lazy<Task<string>>(() => composer.RenderHtmlAsync(report, files,
            new EmailAddressee(EmailPlaceholder, n ? NamePlaceholder : null, TokenPlaceholder)))).Value;
        return template
            .Replace(Encoded(UnsubscribeUrl(TokenPlaceholder)), Encoded(UnsubscribeUrl(to.UnsubscribeToken)), StringComparison.Ordinal)
            .Replace(EmailPlaceholder, encoder.Encode(to.Email), StringComparison.Ordinal)
            .Replace(NamePlaceholder, encoder.Encode(to.DisplayName?.Trim() ?? string.Empty), StringComparison.Ordinal);
    }

    private string UnsubscribeUrl(string? token) => composer.UnsubscribeLink(token).AbsoluteUri;

    private string Encoded(string text) => encoder.Encode(text);
}
