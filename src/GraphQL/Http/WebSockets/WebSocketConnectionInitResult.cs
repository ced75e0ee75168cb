using System.Security.Claims;

namespace ReportGraph.GraphQL.Http.WebSockets;

/// <summary>The answer of an <see cref="IWebSocketConnectionInitializer"/>: accept (optionally as a user) or refuse with 4403.</summary>
public sealed class WebSocketConnectionInitResult
{
    private static readonly WebSocketConnectionInitResult Unchanged = new(true, null);
    private static readonly WebSocketConnectionInitResult Refused = new(false, null);

    private WebSocketConnectionInitResult(bool accepted, ClaimsPrincipal? user)
    {
        IsAccepted = accepted;
        User = user;
    }

    /// <summary>False: the connection is closed with 4403 Forbidden.</summary>
    public bool IsAccepted { get; }

    /// <summary>The user every operation of this connection runs as; null keeps the user of the upgrade request.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>Accepts the connection as whoever the upgrade request was (cookie, handshake header or anonymous).</summary>
    public static WebSocketConnectionInitResult Accept() => Unchanged;

    /// <summary>Accepts the connection and runs its operations as <paramref name="user"/>.</summary>
    public static WebSocketConnectionInitResult AcceptAs(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(true, user);
    }

    /// <summary>Refuses the connection: it is closed with 4403 Forbidden, as graphql-transport-ws prescribes.</summary>
    public static WebSocketConnectionInitResult Reject() => Refused;
}
