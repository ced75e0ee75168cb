using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>Input of signIn.</summary>
public sealed record SignInInput
{
    /// <summary>Your email.</summary>
    public required string Email { get; init; }
    /// <summary>Your password.</summary>
    public required string Password { get; init; }
}

/// <summary>The result of signIn and signOut.</summary>
public sealed class SignInPayload(UserNode? user, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>You, when signed in.</summary>
    public UserNode? User { get; } = user;
}

/// <summary>Input of createApiKey.</summary>
public sealed record CreateApiKeyInput
{
    /// <summary>What the key is for, e.g. "nightly export job".</summary>
    public required string Name { get; init; }
}

/// <summary>The result of createApiKey: the secret is shown here once and never again.</summary>
public sealed class CreateApiKeyPayload(ApiKeyNode? key, string? secret, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The key's details.</summary>
    public ApiKeyNode? ApiKey { get; } = key;
    /// <summary>The key to send as "Authorization: Bearer …". Store it now: it is not shown again.</summary>
    public string? Secret { get; } = secret;
}

/// <summary>Input of revokeApiKey.</summary>
public sealed record RevokeApiKeyInput
{
    /// <summary>The key's global id.</summary>
    [ID] public required string Id { get; init; }
}

/// <summary>The result of revokeApiKey.</summary>
public sealed class RevokeApiKeyPayload(ApiKeyNode? key) : Payload(null)
{
    /// <summary>The revoked key.</summary>
    public ApiKeyNode? ApiKey { get; } = key;
}

/// <summary>Signing in and out, and API keys.</summary>
[ExtendObjectType("Mutation")]
public sealed class AccountMutations
{
    /// <summary>
    /// Signs in with email and password, starts a session and sets its cookie (HttpOnly, SameSite=Strict). Limited per
    /// client address and per email (RATE_LIMITED, HTTP 429 with Retry-After), and slowed down after wrong passwords.
    /// </summary>
    /// <param name="input">Your email and password.</param>
    public async Task<SignInPayload> SignIn(SignInInput input, IResolverContext context, [Service] AccountService accounts,
        [Service] SessionStore sessions, [Service] SensitiveFieldLimiter limiter)
    {
        RequireCookieResponse(context, "signIn");
        var http = context.Http();
        var address = http.Connection.RemoteIpAddress?.ToString();
        if (limiter.TryAcquire("signIn", address, input.Email) is { } wait)
        {
            throw RateLimitedResponse.Refuse(http, "signIn", wait);
        }

        var check = await accounts.CheckPasswordAsync(input.Email ?? "", input.Password ?? "", context.RequestAborted);
        if (check.RetryAfter is { } slowDown)
        {
            throw RateLimitedResponse.Refuse(http, "wrong passwords for this account, signIn waits", slowDown);
        }

        if (check.User is not { } user)
        {
            return new SignInPayload(null, [new InputError(["password"], "INVALID_CREDENTIALS", "The email or the password is wrong.")]);
        }

        var principal = await sessions.StartAsync(user, CookieAuthenticationDefaults.AuthenticationScheme, http.Request.Headers.UserAgent.ToString(), address,
            context.RequestAborted);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return new SignInPayload(UserNode.From(user));
    }

    /// <summary>Ends the browser session, on the server too: the cookie is refused afterwards even if replayed.</summary>
    public async Task<SignInPayload> SignOut(IResolverContext context, [Service] SessionStore sessions)
    {
        RequireCookieResponse(context, "signOut");
        var http = context.Http();
        if (SessionStore.SecretOf(http.User) is { } secret)
        {
            await sessions.EndBySecretAsync(secret, context.RequestAborted);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return new SignInPayload(null);
    }

    /// <summary>Error code of signIn and signOut sent where no cookie can be set.</summary>
    public const string NotSupportedOverWebSocket = "NOT_SUPPORTED_OVER_WEBSOCKET";

    // A WebSocket's (or a started event stream's) HTTP response is long sent: there is no header left to put a
    // cookie in, and trying would fail deep inside the cookie handler.
    private static void RequireCookieResponse(IResolverContext context, string field)
    {
        var http = context.Http();
        if (http.WebSockets.IsWebSocketRequest || http.Response.HasStarted)
        {
            throw new GraphQLException($"{field} sets or clears the session cookie, which cannot be done over a WebSocket or a running event stream; send it as an HTTP POST to /graphql.",
                NotSupportedOverWebSocket);
        }
    }

    /// <summary>Creates an API key for programs; the secret is in the payload, once.</summary>
    /// <param name="input">What the key is for.</param>
    public async Task<CreateApiKeyPayload> CreateApiKey(CreateApiKeyInput input, IResolverContext context, [Service] AccountService accounts)
    {
        var caller = context.RequireCaller();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            return new CreateApiKeyPayload(null, null, [new InputError(["name"], InputErrorCodes.Required, "name is required: 1 to 200 characters saying what the key is for.")]);
        }

        var (key, secret) = await accounts.CreateApiKeyAsync(caller.UserId, input.Name, context.RequestAborted);
        return new CreateApiKeyPayload(ApiKeyNode.From(key), secret);
    }

    /// <summary>Revokes an API key at once.</summary>
    /// <param name="input">The key to revoke.</param>
    public async Task<RevokeApiKeyPayload> RevokeApiKey(RevokeApiKeyInput input, IResolverContext context, [Service] AccountService accounts)
    {
        var key = await accounts.RevokeApiKeyAsync(context.RequireCaller(), GlobalId.Require(input.Id, "ApiKey", "input.id"), context.RequestAborted)
            ?? throw new GraphQLException($"API key '{input.Id}' does not exist.", ApiErrorCodes.NotFound);
        return new RevokeApiKeyPayload(ApiKeyNode.From(key));
    }
}
