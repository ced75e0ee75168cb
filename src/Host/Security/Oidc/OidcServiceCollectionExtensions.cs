using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ReportGraph.Host.Security.Oidc;

/// <summary>Single sign-on through OpenID Connect (settings <c>Security:Oidc</c>).</summary>
public static class OidcServiceCollectionExtensions
{
    /// <summary>Adds the settings, the provider's authentication scheme (when configured) and <c>signInProviders</c>.</summary>
    public static IServiceCollection AddOidcSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OidcOptions>().Bind(configuration.GetSection("Security:Oidc")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OidcOptions>, OidcOptionsValidator>());
        services.AddSingleton<OidcUsers>();
        services.AddGraphQLServer().AddTypeExtension<SignInProviderQueries>();

        // Only a configured provider gets a scheme: a remote scheme is asked on every request whether it is its
        // callback, and would fail its own option checks without a client id. Only the presence of the Authority is
        // read here; the values come from the validated options below.
        if (string.IsNullOrWhiteSpace(configuration["Security:Oidc:Authority"]))
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(OidcSignIn.Scheme, _ => { });
        services.AddOptions<OpenIdConnectOptions>(OidcSignIn.Scheme)
            .Configure<IOptions<OidcOptions>, IOptionsMonitor<CookieAuthenticationOptions>>((o, oidc, cookies) =>
            {
                var settings = oidc.Value;
                var authority = new Uri(settings.Authority!.Trim());
                o.Authority = authority.ToString();
                // Discovery over plain http only for a provider on this machine (the validator refuses any other).
                o.RequireHttpsMetadata = authority.Scheme == Uri.UriSchemeHttps;
                o.ClientId = settings.ClientId!.Trim();
                o.ClientSecret = settings.ClientSecret;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                // The code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax
                // (form_post would need SameSite=None, which browsers drop without HTTPS).
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.CallbackPath = OidcSignIn.CallbackPath;
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.Scope.Clear();
                foreach (var scope in OidcScopes.Parse(settings.Scopes))
                {
                    o.Scope.Add(scope);
                }

                // Claims under their OpenID names (email, email_verified, groups…), from the ID token and userinfo.
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
                if (!string.IsNullOrWhiteSpace(settings.RoleClaim))
                {
                    o.ClaimActions.MapJsonKey(settings.RoleClaim.Trim(), settings.RoleClaim.Trim());
                }

                o.SaveTokens = false;
                o.DisableTelemetry = true;
                var secure = cookies.Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie.SecurePolicy;
                o.CorrelationCookie.SecurePolicy = secure;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = secure;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.Events.OnTicketReceived = OidcSignIn.TicketReceivedAsync;
                o.Events.OnRemoteFailure = OidcSignIn.RemoteFailureAsync;
            });
        return services;
    }
}
