using Microsoft.Extensions.Options;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.Host.Security.Oidc;

/// <summary>A way to sign in other than email and password: a button in the web app.</summary>
[GraphQLName("SignInProvider")]
public sealed class SignInProvider
{
    /// <summary>A stable name, e.g. "oidc".</summary>
    public required string Name { get; init; }
    /// <summary>The button's label, e.g. "Contoso account".</summary>
    public required string DisplayName { get; init; }
    /// <summary>Where to send the browser (add ?returnUrl=/path to come back to a page of this host).</summary>
    public required string Url { get; init; }
}

/// <summary>The sign-in providers, for the sign-in page.</summary>
[ExtendObjectType("Query")]
public sealed class SignInProviderQueries
{
    /// <summary>The identity providers one can sign in with (empty when single sign-on is not set up); open to anyone.</summary>
    public IReadOnlyList<SignInProvider> SignInProviders([Service] IOptions<OidcOptions> options) =>
        options.Value.Enabled
            ? [new SignInProvider { Name = OidcSignIn.Scheme, DisplayName = options.Value.DisplayName.Trim(), Url = OidcSignIn.ChallengePath }]
            : [];
}
