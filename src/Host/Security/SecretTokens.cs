using System.Security.Cryptography;
using System.Text;

namespace ReportGraph.Host.Security;

/// <summary>Random secrets handed out once (session ids, emailed tokens) and the hash under which they are stored.</summary>
internal static class SecretTokens
{
    /// <summary>32 random bytes, base64url (43 characters).</summary>
    public static string New() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256, lower-case hex: what the store keeps instead of the secret.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
