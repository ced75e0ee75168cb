using System.Net;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security.Oidc;

/// <summary>Checks <see cref="OidcOptions"/> at start; every message names the configuration key at fault.</summary>
internal sealed class OidcOptionsValidator : IValidateOptions<OidcOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(options.Authority!.Trim(), UriKind.Absolute, out var authority)
            || !(authority.Scheme == Uri.UriSchemeHttps || (authority.Scheme == Uri.UriSchemeHttp && IsLoopback(authority))))
        {
            problems.Add($"Security:Oidc:Authority must be the provider's https issuer URL, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 (http only for localhost) (got \"{options.Authority}\").");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            problems.Add("Security:Oidc:ClientId is required when Security:Oidc:Authority is set: the client id registered at the provider.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            problems.Add("Security:Oidc:ClientSecret is required when Security:Oidc:Authority is set: the client secret registered at the provider.");
        }

        if (!OidcScopes.Parse(options.Scopes).Contains("openid"))
        {
            problems.Add($"Security:Oidc:Scopes must be scopes separated by spaces including openid, e.g. \"openid profile email\" (got \"{options.Scopes}\").");
        }

        if (string.IsNullOrWhiteSpace(options.DisplayName) || options.DisplayName.Length > 100)
        {
            problems.Add("Security:Oidc:DisplayName must have 1 to 100 characters, e.g. \"Contoso account\".");
        }

        if (!TryParseRole(options.DefaultRole, out _))
        {
            problems.Add($"Security:Oidc:DefaultRole must be Member or Admin (got \"{options.DefaultRole}\").");
        }

        foreach (var (value, role) in options.RoleMapping)
        {
            if (!TryParseRole(role, out _))
            {
                problems.Add($"Security:Oidc:RoleMapping:{value} must be Member or Admin (got \"{role}\").");
            }
        }

        if (options.RoleMapping.Count > 0 && string.IsNullOrWhiteSpace(options.RoleClaim))
        {
            problems.Add("Security:Oidc:RoleClaim is required when Security:Oidc:RoleMapping is set: the claim whose values are mapped, e.g. groups or roles.");
        }

        foreach (var domain in options.AllowedEmailDomains)
        {
            if (string.IsNullOrWhiteSpace(domain) || domain.Contains('@', StringComparison.Ordinal) || Uri.CheckHostName(domain.Trim()) != UriHostNameType.Dns)
            {
                problems.Add($"Security:Oidc:AllowedEmailDomains must be domain names, e.g. example.com (got \"{domain}\").");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Member or Admin, any case.</summary>
    public static bool TryParseRole(string? value, out UserRole role) =>
        Enum.TryParse(value?.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(value, out _);

    private static bool IsLoopback(Uri uri) => uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
}

/// <summary>The scopes of <see cref="OidcOptions.Scopes"/>.</summary>
internal static class OidcScopes
{
    public static IReadOnlyList<string> Parse(string? scopes) =>
        (scopes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
