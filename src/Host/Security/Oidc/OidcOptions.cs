namespace ReportGraph.Host.Security.Oidc;

/// <summary>
/// Configuration section <c>Security:Oidc</c>: single sign-on with the organisation's identity provider through
/// OpenID Connect (authorization-code flow with PKCE). Off while <see cref="Authority"/> is empty.
/// </summary>
public sealed class OidcOptions
{
    /// <summary>The provider's issuer URL (its discovery document is <c>{Authority}/.well-known/openid-configuration</c>).</summary>
    public string? Authority { get; set; }

    /// <summary>The client id registered at the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret (set it through an environment variable or a secret store, not appsettings.json).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for, separated by spaces; <c>openid</c> is required, <c>email</c> is needed to match users.</summary>
    public string Scopes { get; set; } = "openid profile email";

    /// <summary>The button's label, e.g. "Contoso account".</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    /// <summary>The role of a user created on first sign-in when no <see cref="RoleMapping"/> entry matches: Member or Admin.</summary>
    public string DefaultRole { get; set; } = "Member";

    /// <summary>The claim whose values <see cref="RoleMapping"/> maps, e.g. <c>groups</c> or <c>roles</c>; none when empty.</summary>
    public string? RoleClaim { get; set; }

    /// <summary>Claim value → role (Admin or Member) for users created on first sign-in; Admin wins when several match.</summary>
    public Dictionary<string, string> RoleMapping { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When set, only emails of these domains may sign in (and be created), e.g. <c>example.com</c>.</summary>
    public string[] AllowedEmailDomains { get; set; } = [];

    /// <summary>Whether the provider must say the email is verified (<c>email_verified</c> claim). Default true.</summary>
    public bool RequireVerifiedEmail { get; set; } = true;

    /// <summary>Whether single sign-on is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
