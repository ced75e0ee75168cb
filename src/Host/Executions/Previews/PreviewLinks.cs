using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Executions.Previews;

/// <summary>
/// Signed, short-lived links to one preview file (<c>GET /previews/{token}</c>). The token is a time-limited Data
/// Protection payload with a purpose of its own naming the preview folder and the file, so it cannot be forged, altered
/// to name another file, or used as an email download link. The link is relative: only the web app (same origin) uses it.
/// </summary>
public sealed class PreviewLinks(IDataProtectionProvider dataProtection, IOptionsMonitor<ExecutionOptions> options, TimeProvider clock)
{
    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("ReportGraph.ReportPreviewLink.v1").ToTimeLimitedDataProtector();

    /// <summary>When links made now stop working (<c>Executions:PreviewLifetime</c> from now).</summary>
    public DateTimeOffset ExpiryFromNow() => clock.GetUtcNow() + options.CurrentValue.PreviewLifetime;

    /// <summary>The link to <paramref name="fileName"/> of preview <paramref name="previewId"/>.</summary>
    public string Create(string previewId, string fileName, DateTimeOffset expiresAt) =>
        "/previews/" + _protector.Protect(previewId + "/" + fileName, expiresAt);

    /// <summary>The preview and file the token names, or null when it is expired, altered or not a token at all.</summary>
    public (string PreviewId, string FileName)? Read(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token, out _).Split('/', 2);
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
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
