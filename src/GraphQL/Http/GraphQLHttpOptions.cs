using Microsoft.AspNetCore.Http;

namespace ReportGraph.GraphQL.Http;

/// <summary>Settings of the endpoint mapped by <c>MapGraphQL</c>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The largest request body accepted, in bytes (default 1 MiB); larger bodies get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (default true). Mutations over GET are always refused with 405.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET /graphql?sdl</c> returns the schema as SDL (default true; obeys the introspection predicate).</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>Whether <c>Accept: text/event-stream</c> requests are answered with Server-Sent Events (default true).</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>How often an idle event stream sends a comment line so proxies keep it open (default 12 s).</summary>
    public TimeSpan ServerSentEventsKeepAlive { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The WebSocket settings (graphql-transport-ws and the legacy graphql-ws).</summary>
    public GraphQLWebSocketOptions WebSockets { get; } = new();

    /// <summary>Trusted documents: operations by id from manifests, automatic persisted queries, and refusing other documents.</summary>
    public PersistedDocuments.PersistedDocumentOptions PersistedDocuments { get; } = new();

    /// <summary>The Banana Cake Pop IDE settings.</summary>
    public GraphQLIdeOptions Ide { get; } = new();

    /// <summary>
    /// Called for every GraphQL request (HTTP, SSE and each WebSocket subscribe) before it runs, to put per-request data
    /// for resolvers into <c>ContextData</c> (e.g. the signed-in user).
    /// </summary>
    public Action<HttpContext, IDictionary<string, object?>>? ConfigureRequest { get; set; }
}

/// <summary>Settings of the WebSocket subprotocols (graphql-transport-ws and the legacy graphql-ws).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>Whether WebSocket connections are accepted (default true).</summary>
    public bool Enable { get; set; } = true;

    /// <summary>How long a client has to send <c>connection_init</c> before the socket is closed with 4408 (default 3 s, as graphql-ws).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the server pings an idle connection (default 15 s; null: never).</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Whether the legacy subprotocol <c>graphql-ws</c> of subscriptions-transport-ws is also spoken (default true), for older
    /// Apollo clients and tools; clients offering both get graphql-transport-ws.
    /// </summary>
    public bool EnableLegacySubprotocol { get; set; } = true;

    /// <summary>The most messages a client may send; a larger message closes the socket with 4400 (default 1 MiB).</summary>
    public int MaxMessageSize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Decides whether a <c>connection_init</c> is accepted, from the HTTP upgrade request and the init payload.
    /// Returning false closes the socket with 4403 Forbidden. Null: every connection is accepted.
    /// </summary>
    public Func<HttpContext, IReadOnlyDictionary<string, object?>?, ValueTask<bool>>? OnConnect { get; set; }
}

/// <summary>Settings of the Banana Cake Pop IDE served on <c>GET /graphql</c> for browsers.</summary>
public sealed class GraphQLIdeOptions
{
    /// <summary>The folder name the IDE's build target copies the files to, under the application's base directory.</summary>
    public const string DefaultFolderName = "graphql-ide";

    /// <summary>Whether the IDE is served (default true).</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// The folder holding the files of <c>@chillicream/bananacakepop-graphql-ide</c> (<c>index.html</c>, <c>static/</c>, LICENSE).
    /// Default: <c>graphql-ide</c> under <see cref="AppContext.BaseDirectory"/>, where ReportGraph.GraphQL.Ide.targets copies them.
    /// </summary>
    public string StaticFilesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, DefaultFolderName);

    /// <summary>The document title shown by the IDE (default "ReportGraph").</summary>
    public string Title { get; set; } = "ReportGraph";
}
