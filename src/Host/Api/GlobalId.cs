using System.Buffers.Text;
using System.Text;

namespace ReportGraph.Host.Api;

/// <summary>
/// Relay global ids: the type name and the row id, base64url-encoded ("Schedule:…"), so that
/// <c>node(id)</c> can find any object and ids of different types never collide.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of a row of <paramref name="typeName"/>.</summary>
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    /// <summary>Reads a global id; false when it is not one of ours.</summary>
    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrWhiteSpace(globalId) || globalId.Length > 200)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
            var colon = text.IndexOf(':');
            if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id))
            {
                return false;
            }

            typeName = text[..colon];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The row id of a global id of the expected type, or a GraphQL error naming the argument.</summary>
    public static Guid Require(string globalId, string expectedType, string argument)
    {
        if (TryDecode(globalId, out var type, out var id) && type == expectedType)
        {
            return id;
        }

        throw new ReportGraph.GraphQL.Errors.GraphQLException(
            $"{argument} '{globalId}' is not the id of a {expectedType}.", ApiErrorCodes.BadUserInput);
    }
}

/// <summary>The <c>extensions.code</c> values of GraphQL errors for access and malformed requests.</summary>
public static class ApiErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
}
