using System.Security.Cryptography;
using System.Text;

namespace ReportGraph.GraphQL.Http.PersistedDocuments;

/// <summary>The SHA-256 identity of a document's text, as graphql-codegen, Apollo and HotChocolate compute it.</summary>
public static class DocumentHash
{
    private const string Prefix = "sha256:";

    /// <summary>The lowercase hex SHA-256 of the UTF-8 text.</summary>
    public static string Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The key an id is stored under: without a <c>sha256:</c> prefix, hex digests in lowercase.</summary>
    public static string Normalize(string id)
    {
        var bare = id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? id[Prefix.Length..] : id;
        return IsSha256Hex(bare) ? bare.ToLowerInvariant() : bare;
    }

    /// <summary>Whether <paramref name="value"/> is 64 hex digits.</summary>
    public static bool IsSha256Hex(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);
}
