using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Hosting;
using ReportGraph.GraphQL.Http.Ide;
using ReportGraph.GraphQL.Http.PersistedDocuments;
using ReportGraph.GraphQL.Http.ServerSentEvents;
using ReportGraph.GraphQL.Http.WebSockets;
using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Language;
using Format = ReportGraph.GraphQL.Http.GraphQLMediaTypes.ResponseFormat;

namespace ReportGraph.GraphQL.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST and GET requests with Accept negotiation and the spec's status codes,
/// <c>?sdl</c>, Server-Sent Events, graphql-transport-ws (and legacy graphql-ws) WebSockets, and the Banana Cake Pop IDE for browsers.
/// </summary>
internal sealed class GraphQLHttpEndpoint
{
    private static readonly OperationType[] GetOperations = { OperationType.Query };
    private static readonly OperationType[] GetStreamOperations = { OperationType.Query, OperationType.Subscription };
    private static readonly OperationType[] PostOperations = { OperationType.Query, OperationType.Mutation };

    private readonly PathString _path;
    private readonly GraphQLHttpOptions _options;
    private readonly BananaCakePopFiles? _ide;
    private readonly PersistedDocumentResolver _persistedDocuments;
    private string? _sdl;

    public GraphQLHttpEndpoint(PathString path, GraphQLHttpOptions options)
    {
        _path = path;
        _options = options;
        _ide = options.Ide.Enable ? new BananaCakePopFiles(options.Ide) : null;
        _persistedDocuments = new PersistedDocumentResolver(options.PersistedDocuments);
    }

    /// <summary>Requests to the endpoint path itself.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method))
            {
                await HandlePostAsync(context).ConfigureAwait(false);
            }
            else if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            {
                await HandleGetAsync(context).ConfigureAwait(false);
            }
            else
            {
                context.Response.Headers.Allow = "GET, POST";
                await GraphQLHttpResponses.WriteProblemAsync(context, new HttpRequestProblem(StatusCodes.Status405MethodNotAllowed,
                    $"The method {request.Method} is not supported; use POST (or GET for queries).", "METHOD_NOT_ALLOWED")).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
    }

    /// <summary>Requests below the endpoint path: the IDE's files and <c>bcp-config.json</c>.</summary>
    public async Task HandleFileAsync(HttpContext context, string? file)
    {
        if (_ide is null || !await _ide.TryServeFileAsync(context, file ?? "").ConfigureAwait(false))
            context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var accepted = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept, _options.EnableServerSentEvents);
        if (!accepted.IsAcceptable)
        {
            await NotAcceptableAsync(context).ConfigureAwait(false);
            return;
        }
        if (accepted.EventStream && !StreamingAllowed(context))
        {
            await StreamingRefusedAsync(context, accepted.ForProblem).ConfigureAwait(false);
            return;
        }
        var (parameters, problem) = await GraphQLHttpRequestReader.ReadPostAsync(context.Request, _options.MaxRequestBodySize, context.RequestAborted).ConfigureAwait(false);
        if (problem is not null)
        {
            await GraphQLHttpResponses.WriteProblemAsync(context, problem, accepted.ForProblem).ConfigureAwait(false);
            return;
        }
        await ExecuteAsync(context, parameters!, accepted, accepted.EventStream ? null : PostOperations, isGet: false).ConfigureAwait(false);
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var request = context.Request;
        if (_options.WebSockets.Enable && context.WebSockets.IsWebSocketRequest)
        {
            if (!StreamingAllowed(context))
            {
                // Refused before the upgrade: a browser sees a failed handshake, nothing runs.
                await StreamingRefusedAsync(context, Format.Json).ConfigureAwait(false);
                return;
            }
            await AcceptWebSocketAsync(context).ConfigureAwait(false);
            return;
        }
        if (_options.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(context).ConfigureAwait(false);
            return;
        }
        if (_ide is not null && !request.Query.ContainsKey("query") && GraphQLMediaTypes.AcceptsHtml(request.Headers.Accept))
        {
            await _ide.ServeIndexAsync(context, _path).ConfigureAwait(false);
            return;
        }
        if (!_options.EnableGetRequests)
        {
            context.Response.Headers.Allow = "POST";
            await GraphQLHttpResponses.WriteProblemAsync(context, new HttpRequestProblem(StatusCodes.Status405MethodNotAllowed,
                "GET requests are disabled on this endpoint; use POST.", "METHOD_NOT_ALLOWED")).ConfigureAwait(false);
            return;
        }
        var accepted = GraphQLMediaTypes.Negotiate(request.Headers.Accept, _options.EnableServerSentEvents);
        if (!accepted.IsAcceptable)
        {
            await NotAcceptableAsync(context).ConfigureAwait(false);
            return;
        }
        if (accepted.EventStream && !StreamingAllowed(context))
        {
            await StreamingRefusedAsync(context, accepted.ForProblem).ConfigureAwait(false);
            return;
        }
        var (parameters, problem) = GraphQLHttpRequestReader.ReadGet(request.Query);
        if (problem is not null)
        {
            await GraphQLHttpResponses.WriteProblemAsync(context, problem, accepted.ForProblem).ConfigureAwait(false);
            return;
        }
        await ExecuteAsync(context, parameters!, accepted, accepted.EventStream ? GetStreamOperations : GetOperations, isGet: true).ConfigureAwait(false);
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLRequestParameters parameters, AcceptedResponses accepted, IReadOnlyCollection<OperationType>? allowed, bool isGet)
    {
        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        // Every result below goes to ExecutionResultWriter, which can copy completed JSON fragments. Only our own
        // executor gets the flag: a decorating one may read the data as maps and arrays.
        var (request, problem) = CreateRequest(context, parameters, allowed, accepted.Incremental, writesDataAsJson: executor is RequestExecutor);
        if (problem is not null)
        {
            await GraphQLHttpResponses.WriteProblemAsync(context, problem, accepted.ForProblem).ConfigureAwait(false);
            return;
        }
        var result = await executor.ExecuteAsync(request!, context.RequestServices, context.RequestAborted).ConfigureAwait(false);
        if (result.IsIncremental || (accepted.Multipart && accepted.FormatFor(result.IsStream) == Format.NotAcceptable))
        {
            // Incremental results only run for clients that accept multipart/mixed or text/event-stream; multipart first.
            if (accepted.Multipart) await MultipartResponder.WriteAsync(context, result).ConfigureAwait(false);
            else await ServerSentEventsResponder.WriteAsync(context, result, _options.ServerSentEventsKeepAlive).ConfigureAwait(false);
            return;
        }
        // Streams are only allowed when event-stream was accepted, so a stream never reaches the JSON writer.
        var format = accepted.FormatFor(result.IsStream);
        if (format == Format.EventStream)
        {
            await ServerSentEventsResponder.WriteAsync(context, result, _options.ServerSentEventsKeepAlive).ConfigureAwait(false);
            return;
        }
        if (result.Status == RequestStatus.OperationNotAllowed && result.OperationType == OperationType.Subscription)
        {
            result = ExecutionResult.RequestError(RequestStatus.OperationNotAllowed, new[]
            {
                new GraphQLError("Subscriptions need a stream: send the request with \"Accept: text/event-stream\" or over a graphql-transport-ws WebSocket.",
                    result.Errors?[0].Locations, extensions: new Dictionary<string, object?> { ["code"] = "OPERATION_NOT_ALLOWED" }),
            }, OperationType.Subscription);
        }

        try
        {
            await GraphQLHttpResponses.WriteResultAsync(context, result, format, isGet && result.OperationType != OperationType.Subscription).ConfigureAwait(false);
        }
        finally
        {
            // The response holds copies of the fragments' bytes (written to the pipe before it is flushed).
            result.ReleaseJsonFragments();
        }
    }

    /// <summary>
    /// Builds the engine's request: the document (looked up when named by id or hash), per-request context data
    /// (introspection verdict, host data) and the allowed operation kinds; or why the request is refused.
    /// </summary>
    internal (GraphQLRequest? Request, HttpRequestProblem? Problem) CreateRequest(HttpContext context, GraphQLRequestParameters parameters, IReadOnlyCollection<OperationType>? allowed)
        => CreateRequest(context, parameters, allowed, incremental: false);

    /// <summary>
    /// As above; <paramref name="incremental"/> when the response can carry @defer/@stream parts (else they are ignored),
    /// <paramref name="writesDataAsJson"/> when the result only goes to <see cref="ExecutionResultWriter"/>.
    /// </summary>
    internal (GraphQLRequest? Request, HttpRequestProblem? Problem) CreateRequest(HttpContext context, GraphQLRequestParameters parameters,
        IReadOnlyCollection<OperationType>? allowed, bool incremental, bool writesDataAsJson = false)
    {
        var (resolved, problem) = _persistedDocuments.Resolve(context, parameters);
        if (problem is not null) return (null, problem);
        parameters = resolved!;
        Dictionary<string, object?>? contextData = null;
        var serverOptions = context.RequestServices.GetService<GraphQLServerOptions>();
        if (serverOptions?.IntrospectionAllowed is { } introspectionAllowed)
            (contextData ??= new())[IntrospectionAllowedRequestRule.ContextDataKey] = introspectionAllowed(context);
        if (_options.ConfigureRequest is { } configure)
            configure(context, contextData ??= new());
        return (new GraphQLRequest
        {
            Query = parameters.Query,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Extensions = parameters.Extensions,
            AllowedOperations = allowed,
            ContextData = contextData,
            AllowIncrementalDelivery = incremental,
            WritesDataAsJson = writesDataAsJson,
        }, null);
    }

    private async Task WriteSdlAsync(HttpContext context)
    {
        var serverOptions = context.RequestServices.GetService<GraphQLServerOptions>();
        if (serverOptions?.IntrospectionAllowed is { } allowed && !allowed(context))
        {
            await GraphQLHttpResponses.WriteProblemAsync(context, new HttpRequestProblem(StatusCodes.Status403Forbidden,
                "Introspection is not allowed for the current request, so the schema cannot be downloaded.", IntrospectionAllowedRequestRule.ErrorCode)).ConfigureAwait(false);
            return;
        }
        _sdl ??= SchemaPrinter.Print(context.RequestServices.GetRequiredService<IRequestExecutor>().Schema);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(_sdl, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task AcceptWebSocketAsync(HttpContext context)
    {
        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        // graphql-transport-ws wins when a client offers both.
        var subprotocol = requested.Contains(GraphQLTransportWsCloseCodes.SubProtocol) ? GraphQLTransportWsCloseCodes.SubProtocol
            : _options.WebSockets.EnableLegacySubprotocol && requested.Contains(SubscriptionsTransportWsSession.SubProtocol) ? SubscriptionsTransportWsSession.SubProtocol
            : null;
        if (subprotocol is null)
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await refused.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)GraphQLTransportWsCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable", context.RequestAborted).ConfigureAwait(false);
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subprotocol).ConfigureAwait(false);
        GraphQLWebSocketSession session = subprotocol == GraphQLTransportWsCloseCodes.SubProtocol
            ? new GraphQLTransportWsSession(context, socket, executor, _options, CreateRequest)
            : new SubscriptionsTransportWsSession(context, socket, executor, _options, CreateRequest);
        await session.RunAsync().ConfigureAwait(false);
    }

    private bool StreamingAllowed(HttpContext context) => _options.AllowStreamingRequest?.Invoke(context) ?? true;

    private static Task StreamingRefusedAsync(HttpContext context, Format format)
        => GraphQLHttpResponses.WriteProblemAsync(context, new HttpRequestProblem(StatusCodes.Status403Forbidden,
            $"WebSocket and event-stream requests from the origin \"{context.Request.Headers.Origin}\" are not allowed on this endpoint.", "FORBIDDEN_ORIGIN"), format);

    private static Task NotAcceptableAsync(HttpContext context)
        => GraphQLHttpResponses.WriteProblemAsync(context, new HttpRequestProblem(StatusCodes.Status406NotAcceptable,
            $"None of the media types in Accept \"{context.Request.Headers.Accept}\" can be produced; use application/graphql-response+json, application/json or text/event-stream.",
            "NOT_ACCEPTABLE"));
}
