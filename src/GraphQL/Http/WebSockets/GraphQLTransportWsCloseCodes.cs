namespace ReportGraph.GraphQL.Http.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol (graphql-ws's PROTOCOL.md).</summary>
public static class GraphQLTransportWsCloseCodes
{
    /// <summary>The subprotocol name a client must request.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>A message that is not valid JSON, has an unknown type or lacks a required field.</summary>
    public const int BadRequest = 4400;

    /// <summary>A subscribe before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection_init was refused by the server's OnConnect check.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not request the graphql-transport-ws subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No connection_init arrived in time.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A subscribe reused the id of a running operation.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second connection_init.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>An unexpected server failure.</summary>
    public const int InternalServerError = 4500;
}
