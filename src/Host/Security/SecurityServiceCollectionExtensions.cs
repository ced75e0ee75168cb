using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Http;
using ReportGraph.GraphQL.Http.WebSockets;
using ReportGraph.Host.Api;
using ReportGraph.Host.Operations;
using ReportGraph.Host.Security.Oidc;

namespace ReportGraph.Host.Security;

/// <summary>Sign-in for browsers (cookie) and programs (API key), the first admin, and passwords.</summary>
public static class SecurityServiceCollectionExtensions
{
    private const string CookieOrApiKey = "CookieOrApiKey";

    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "rg_session";

    /// <summary>Adds authentication (cookie or <c>Authorization: Bearer</c> API key), authorization and the account services.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection("Security")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>());
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<OneTimeTokens>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<PasswordResetQueue>();
        services.AddHostedService<PasswordResetSender>();
        services.AddSingleton<SensitiveFieldLimiter>();
        // Cookie-carrying WebSocket and event-stream requests only from the service's own origin or Security:AllowedOrigins.
        services.AddOptions<GraphQLHttpOptions>().Configure(http => http.AllowStreamingRequest = StreamingOrigins.Allows);
        services.AddGraphQLRateLimit();
        services.AddSingleton<IStartupSeeder, FirstAdminSeeder>();
        services.AddHttpContextAccessor();
        services.AddAuthentication(CookieOrApiKey)
            .AddPolicyScheme(CookieOrApiKey, "Session cookie or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                // Strict: the browser never sends the session on a request started by another site (CSRF).
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                // An API answers 401/403; there is no login page to redirect to.
                o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
                o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        // From the validated options, when the cookie handler is first used, rather than read while registering:
        // a bad value then stops the start with its message instead of an exception here.
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<SecurityOptions>>((o, options) =>
            {
                var security = options.Value;
                o.Cookie.SecurePolicy = security.SecureCookies ?? !(environment.IsDevelopment() || environment.IsEnvironment("Testing"))
                    ? CookieSecurePolicy.Always
                    : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = security.SessionLifetime;
            });
        services.AddAuthorization();
        // Browsers cannot set headers on a WebSocket: they may send the API key in connection_init instead.
        services.AddSingleton<IWebSocketConnectionInitializer, ApiKeyConnectionInitializer>();
        services.AddSingleton<INodeSource, UserNodeSource>();
        services.AddGraphQLServer()
            .AddType<UserNode>()
            .AddTypeExtension<AccountQueries>()
            .AddTypeExtension<UserFields>()
            .AddTypeExtension<AccountMutations>()
            .AddTypeExtension<SessionMutations>()
            .AddTypeExtension<UserMutations>()
            .AddTypeExtension<PasswordMutations>()
            .AddType<SessionNode>()
            .ModifyRequestOptions(o => o.RequestRules.Add(new OneSensitiveFieldRule()))
            .AddDataLoader<UserByIdLoader>();
        services.AddOidcSignIn(configuration);
        return services;
    }

    /// <summary>Adds the security headers, authentication and authorization to the pipeline.</summary>
    public static IApplicationBuilder UseSecurity(this IApplicationBuilder app) => app
        .Use(SecurityHeaders.AddAsync)
        .UseAuthentication()
        .Use(RejectBadBearerAsync)
        .UseAuthorization()
        .UseRateLimiter();

    // A program that presents a key expects to act as its user: an unknown or revoked key is a 401
    // (RFC 6750), not a silent fall-back to anonymous access.
    private static async Task RejectBadBearerAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The API key is unknown or revoked.\"";
            await context.Response.WriteAsJsonAsync(new { errors = new[] { new { message = "The API key is unknown or revoked.", extensions = new { code = "UNAUTHENTICATED" } } } });
            return;
        }

        await next();
    }
}
