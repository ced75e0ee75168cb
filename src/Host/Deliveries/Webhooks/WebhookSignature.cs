using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportGraph.Host.Deliveries.Webhooks;

/// <summary>
/// The signature of JSON webhooks, <c>X-ReportGraph-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where hex is
/// HMAC-SHA256 with the webhook's secret over <c>t + "." + body</c>. The timestamp is signed with the body, so a
/// receiver that refuses timestamps older than <see cref="ReplayWindow"/> cannot be fed a recorded request later.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header's name.</summary>
    public const string Header = "X-ReportGraph-Signature";

    /// <summary>How old a signature receivers should accept (the README's sample uses it): five minutes.</summary>
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    /// <summary>The header value for <paramref name="body"/> signed at <paramref name="at"/>.</summary>
    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Hex(secret, timestamp, body)}";
    }

    /// <summary>True when <paramref name="header"/> signs <paramref name="body"/> with <paramref name="secret"/> within the replay window of <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string? header, string body, DateTimeOffset now)
    {
        string? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in (header ?? "").Split(','))
        {
            var pair = part.Trim().Split('=', 2);
            if (pair.Length != 2) continue;
            if (pair[0] == "t") timestamp = pair[1];
            else if (pair[0] == "v1") signatures.Add(pair[1]);
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > ReplayWindow)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Hex(secret, timestamp!, body));
        return signatures.Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected));
    }

    private static string Hex(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
}
