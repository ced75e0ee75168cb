namespace ReportGraph.GraphQL.Http.WebSockets;

/// <summary>
/// Why a WebSocket session refuses a client message or ends the connection. Each subprotocol answers a problem in
/// its own way: graphql-transport-ws with a close code, the legacy graphql-ws with an error message.
/// </summary>
internal enum WebSocketProblem
{
    /// <summary>Not JSON, not an object, an unknown type or a missing field.</summary>
    InvalidMessage,

    /// <summary>A message larger than <see cref="GraphQLWebSocketOptions.MaxMessageSize"/>.</summary>
    MessageTooLarge,

    /// <summary>An operation before the connection was acknowledged.</summary>
    NotAcknowledged,

    /// <summary>The connection_init was refused by OnConnect or an initializer.</summary>
    InitRefused,

    /// <summary>An initializer failed (e.g. the store is down).</summary>
    InitFailed,

    /// <summary>A second connection_init.</summary>
    TooManyInits,

    /// <summary>No connection_init arrived in time.</summary>
    InitTimeout,

    /// <summary>An operation id that is already running.</summary>
    DuplicateOperationId,

    /// <summary>An unexpected server failure while running an operation.</summary>
    InternalError,
}
