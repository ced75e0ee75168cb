using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// The base URL that unsubscribe and download links in emails start with: <c>Delivery:PublicBaseUrl</c> when set,
/// otherwise the address the server actually listens on, so links follow <c>Urls</c> (or a random port) instead of a
/// hard-wired default.
/// </summary>
public sealed class PublicBaseUrl(IOptionsMonitor<DeliveryOptions> options, IServer server)
{
    /// <summary>Used when nothing is configured and the server reports no address (an in-memory test server).</summary>
    public const string Fallback = "http://localhost";

    /// <summary>Whether <c>Delivery:PublicBaseUrl</c> is set; otherwise the listening address is used.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.CurrentValue.PublicBaseUrl);

    /// <summary>The base URL without a trailing slash, e.g. <c>https://reports.example.com</c>.</summary>
    public string Value => (IsConfigured
        ? options.CurrentValue.PublicBaseUrl!.Trim()
        : Choose(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []) ?? Fallback).TrimEnd('/');

    /// <summary>
    /// The address to link to among the server's: a specific http(s) address before a wildcard one (which becomes
    /// loopback: <c>0.0.0.0</c> → <c>127.0.0.1</c>, <c>[::]</c> → <c>[::1]</c>, <c>*</c>/<c>+</c> → <c>localhost</c>),
    /// https before http; null when there is none.
    /// </summary>
    public static string? Choose(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses
            .Select(Parse)
            .Where(a => a is not null)
            .Select(a => a!.Value)
            .OrderBy(a => a.Wildcard)
            .ThenBy(a => a.Uri.Scheme == Uri.UriSchemeHttps ? 0 : 1)
            .Select(a => a.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/'))
            .FirstOrDefault();
    }

    private static (Uri Uri, bool Wildcard)? Parse(string address)
    {
        // Kestrel reports "http://+:80" and "http://*:80" as given; Uri cannot parse those hosts.
        var text = address.Trim();
        var wildcard = false;
        foreach (var (host, loopback) in new[] { ("://+", "://localhost"), ("://*", "://localhost"), ("://0.0.0.0", "://127.0.0.1"), ("://[::]", "://[::1]") })
        {
            if (text.Contains(host, StringComparison.Ordinal))
            {
                text = text.Replace(host, loopback, StringComparison.Ordinal);
                wildcard = true;
            }
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? (uri, wildcard)
            : null;
    }
}
