using System.Security.Claims;

namespace ReportGraph.Host.Security;

/// <summary>The claims we put in a session or API-key identity, and reading them back as a <see cref="Caller"/>.</summary>
public static class ReportGraphClaims
{
    /// <summary>The user id claim.</summary>
    public const string UserId = "rg:uid";

    /// <summary>The role claim.</summary>
    public const string Role = "rg:role";

    /// <summary>The security stamp at sign-in; a changed stamp ends the session.</summary>
    public const string Stamp = "rg:stamp";

    /// <summary>Set when the identity came from an API key (holds the key id).</summary>
    public const string ApiKeyId = "rg:key";

    /// <summary>An identity for <paramref name="user"/> under the given authentication scheme.</summary>
    public static ClaimsPrincipal For(User user, string scheme, Guid? apiKeyId = null)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString()),
            new(Role, user.Role.ToString()),
            new(Stamp, user.SecurityStamp),
            new(ClaimTypes.Name, user.Email),
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
