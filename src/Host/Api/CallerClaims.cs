using System.Security.Claims;

namespace ReportGraph.Host.Api;

/// <summary>The claims a session or API-key identity carries, and reading them back as a <see cref="Caller"/>.</summary>
public static class CallerClaims
{
    /// <summary>The user id claim.</summary>
    public const string UserId = "rg:uid";

    /// <summary>The role claim.</summary>
    public const string Role = "rg:role";

    /// <summary>The security stamp at sign-in; a changed stamp ends the session.</summary>
    public const string Stamp = "rg:stamp";

    /// <summary>Set when the identity came from an API key (holds the key id).</summary>
    public const string ApiKeyId = "rg:key";

    /// <summary>An identity for a user under the given authentication scheme.</summary>
    public static ClaimsPrincipal For(Guid userId, UserRole role, string securityStamp, string email, string scheme, Guid? apiKeyId = null)
    {
        var claims = new List<Claim>
        {
            new(UserId, userId.ToString()),
            new(Role, role.ToString()),
            new(Stamp, securityStamp),
            new(ClaimTypes.Name, email),
        };
        if (apiKeyId is { } key)
        {
            claims.Add(new Claim(ApiKeyId, key.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, Role));
    }

    /// <summary>The caller, or null when anonymous.</summary>
    public static Caller? ToCaller(this ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(UserId), out var id)
            || !Enum.TryParse<UserRole>(principal.FindFirstValue(Role), out var role))
        {
            return null;
        }

        return new Caller(id, role);
    }
}
