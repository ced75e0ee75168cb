using Microsoft.AspNetCore.Http;

namespace ReportGraph.GraphQL.Http.WebSockets;

/// <summary>
/// Decides on a graphql-transport-ws <c>connection_init</c>. Browsers cannot set headers on a WebSocket, so the init
/// payload is where they send credentials; an initializer reads it and may sign the connection in. Register
/// implementations in DI; they run in registration order, after <see cref="GraphQLWebSocketOptions.OnConnect"/>.
/// </summary>
public interface IWebSocketConnectionInitializer
{
    /// <summary>
    /// Called once per connection with the upgrade request's context (its <c>User</c> comes from the cookie or handshake
    /// headers) and the init payload (null when the client sent none).
    /// </summary>
    ValueTask<WebSocketConnectionInitResult> InitializeAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken);
}
