using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Deliveries;

/// <summary>A download link for one artifact and the instant it stops working.</summary>
/// <param name="Url">The absolute link, <c>{base URL}/files/{token}</c> (see <see cref="PublicBaseUrl"/>).</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record SignedArtifactLink(Uri Url, DateTimeOffset ExpiresAt)
{
    /// <summary>The signed token: the link's last path segment.</summary>
    public string Token => Url.Segments[^1];
}

/// <summary>What a download token says, as far as it can be read.</summary>
public enum ArtifactLinkState
{
    /// <summary>Signed by this host, naming an artifact, and not expired.</summary>
    Valid,

    /// <summary>Signed by this host, but its expiry has passed.</summary>
    Expired,

    /// <summary>Not a token of this host: altered, cut short, made with other keys or not a token at all.</summary>
    Invalid,
}

/// <summary>A download token read: its state, and for a genuine token the artifact and expiry it names.</summary>
/// <param name="State">Valid, expired or invalid.</param>
/// <param name="ArtifactId">The artifact named; null when invalid.</param>
/// <param name="ExpiresAt">When the link stops (or stopped) working; null when invalid.</param>
public sealed record ArtifactLinkReading(ArtifactLinkState State, Guid? ArtifactId, DateTimeOffset? ExpiresAt);

/// <summary>
/// Signed, expiring download links for artifacts (<c>GET /files/{token}</c>). The token is a Data Protection payload
/// naming the artifact id, encrypted and authenticated with the host's keys and a purpose of its own, so it can neither
/// be forged, nor altered to name another artifact, nor used for anything else. Anyone holding a valid link may
/// download the file: that is what an email link is for.
/// </summary>
public sealed class SignedArtifactLinks
{
    private const string Purpose = "ReportGraph.ArtifactDownloadLink.v1";

    // The purpose ToTimeLimitedDataProtector appends; its payload is the expiry (8 bytes, big-endian UTC ticks) and then
    // the data. Reading it directly tells an expired genuine token from a forged one, which the time-limited protector
    // does not. A test (an expired link reads as expired) guards this format.
    private const string TimeLimitedPurpose = "Microsoft.AspNetCore.DataProtection.TimeLimitedDataProtector.v1";
    private readonly ITimeLimitedDataProtector _protector;
    private readonly IDataProtector _undated;
    private readonly IOptionsMonitor<DeliveryOptions> _options;
    private readonly TimeProvider _clock;
    private readonly PublicBaseUrl _baseUrl;

    /// <summary>Creates the link generator.</summary>
    public SignedArtifactLinks(IDataProtectionProvider dataProtection, IOptionsMonitor<DeliveryOptions> options, TimeProvider clock, PublicBaseUrl baseUrl)
    {
        _baseUrl = baseUrl;
        var protector = dataProtection.CreateProtector(Purpose);
        _protector = protector.ToTimeLimitedDataProtector();
        _undated = protector.CreateProtector(TimeLimitedPurpose);
        _options = options;
        _clock = clock;
    }

    /// <summary>A link valid for <see cref="DeliveryOptions.DownloadLinkLifetime"/> from now.</summary>
    public SignedArtifactLink Create(Guid artifactId) =>
        Create(artifactId, _clock.GetUtcNow() + _options.CurrentValue.DownloadLinkLifetime);

    /// <summary>A link valid until <paramref name="expiresAt"/>.</summary>
    public SignedArtifactLink Create(Guid artifactId, DateTimeOffset expiresAt)
    {
        var token = _protector.Protect(artifactId.ToString("N"), expiresAt);
        var baseUrl = _baseUrl.Value;
        return new SignedArtifactLink(new Uri($"{baseUrl}/files/{token}"), expiresAt);
    }

    /// <summary>
    /// The artifact id the token names, or null when the token is expired, altered, made with other keys or not a
    /// token at all (the caller answers 410 Gone for all of these).
    /// </summary>
    public Guid? Read(string token) => ReadValid(token)?.Id;

    /// <summary>
    /// Reads <paramref name="token"/>: valid exactly when <see cref="Read"/> accepts it (the same expiry check); an
    /// expired genuine token still tells its artifact and expiry, so a page can say "expired" rather than "not valid".
    /// </summary>
    public ArtifactLinkReading Inspect(string token)
    {
        if (ReadValid(token) is { } valid)
        {
            return new ArtifactLinkReading(ArtifactLinkState.Valid, valid.Id, valid.ExpiresAt);
        }

        if (!LooksLikeToken(token))
        {
            return Invalid;
        }

        try
        {
            var payload = _undated.Unprotect(WebEncoders.Base64UrlDecode(token));
            if (payload.Length < sizeof(long)
                || !Guid.TryParseExact(Encoding.UTF8.GetString(payload, sizeof(long), payload.Length - sizeof(long)), "N", out var id))
            {
                return Invalid;
            }

            var ticks = BinaryPrimitives.ReadInt64BigEndian(payload);
            return ticks is < 0 || ticks > DateTimeOffset.MaxValue.UtcTicks
                ? Invalid
                : new ArtifactLinkReading(ArtifactLinkState.Expired, id, new DateTimeOffset(ticks, TimeSpan.Zero));
        }
        catch (CryptographicException)
        {
            return Invalid;
        }
        catch (FormatException)
        {
            return Invalid;
        }
    }

    private (Guid Id, DateTimeOffset ExpiresAt)? ReadValid(string token)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }

        try
        {
            // Data Protection checks the expiry against the system clock.
            var payload = _protector.Unprotect(token, out var expiresAt);
            return Guid.TryParseExact(payload, "N", out var id) ? (id, expiresAt) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool LooksLikeToken(string token) => !string.IsNullOrEmpty(token) && token.Length <= 2048;

    private static ArtifactLinkReading Invalid { get; } = new(ArtifactLinkState.Invalid, null, null);
}
