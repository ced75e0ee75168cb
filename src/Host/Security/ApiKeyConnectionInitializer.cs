using ReportGraph.GraphQL.Http.WebSockets;

namespace ReportGraph.Host.Security;

/// <summary>
/// Signs a graphql-transport-ws connection in with an API key from its <c>connection_init</c> payload:
/// <c>{"Authorization": "Bearer rgk_…"}</c> (any letter case) or <c>{"apiKey": "rgk_…"}</c>. Browsers cannot set headers
/// on a WebSocket, so this is how a browser app that holds a key authenticates one. Without a key in the payload the
/// connection keeps the session cookie's or handshake header's user; a key that is unknown, revoked or not a string
/// refuses the connection (4403) rather than falling back to anonymous, as the HTTP endpoint answers 401.
/// </summary>
public sealed class ApiKeyConnectionInitializer(AccountService accounts) : IWebSocketConnectionInitializer
{
    public async ValueTask<WebSocketConnectionInitResult> InitializeAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload,
        CancellationToken cancellationToken)
    {
        if (!TryReadCredential(payload, out var secret))
        {
            return WebSocketConnectionInitResult.Accept();
        }

        if (secret is null)
        {
            return WebSocketConnectionInitResult.Reject();
        }

        var found = await accounts.AuthenticateApiKeyAsync(secret, cancellationToken);
        return found is { } f
            ? WebSocketConnectionInitResult.AcceptAs(f.User.ToPrincipal(ApiKeyAuthenticationHandler.SchemeName, f.Key.Id))
            : WebSocketConnectionInitResult.Reject();
    }

    /// <summary>
    /// False when the payload carries no credential. True with the key, or with null when a credential is there but
    /// unusable (not a string, or an Authorization value that is not "Bearer …").
    /// </summary>
    internal static bool TryReadCredential(IReadOnlyDictionary<string, object?>? payload, out string? secret)
    {
        secret = null;
        if (payload is null)
        {
            return false;
        }

        foreach (var (name, value) in payload)
        {
            if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                if (value is string header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    secret = header["Bearer ".Length..].Trim();
                }

                return true;
            }

            if (string.Equals(name, "apiKey", StringComparison.Ordinal))
            {
                secret = (value as string)?.Trim();
                return true;
            }
        }

        return false;
    }
}
