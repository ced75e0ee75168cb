using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Deliveries;

/// <summary>A download link for one artifact and the instant it stops working.</summary>
/// <param name="Url">The absolute link, <c>{base URL}/files/{token}</c> (see <see cref="PublicBaseUrl"/>).</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record SignedArtifactLink(Uri Url, DateTimeOffset ExpiresAt);

/// <summary>
/// Signed, expiring download links for artifacts (<c>GET /files/{token}</c>). The token is a Data Protection payload
/// naming the artifact id, encrypted and authenticated with the host's keys and a purpose of its own, so it can neither
/// be forged, nor altered to name another artifact, nor used for anything else. Anyone holding a valid link may
/// download the file: that is what an email link is for.
/// </summary>
public sealed class SignedArtifactLinks
{
    private const string Purpose = "ReportGraph.ArtifactDownloadLink.v1";
    private readonly ITimeLimitedDataProtector _protector;
    private readonly IOptionsMonitor<DeliveryOptions> _options;
    private readonly TimeProvider _clock;
    private readonly PublicBaseUrl _baseUrl;

    /// <summary>Creates the link generator.</summary>
    public SignedArtifactLinks(IDataProtectionProvider dataProtection, IOptionsMonitor<DeliveryOptions> options, TimeProvider clock, PublicBaseUrl baseUrl)
    {
        _baseUrl = baseUrl;
        _protector = dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
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
    public Guid? Read(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        try
        {
            // Data Protection checks the expiry against the system clock.
            var payload = _protector.Unprotect(token, out _);
            return Guid.TryParseExact(payload, "N", out var id) ? id : null;
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
}
