using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Http.WebSockets;

/// <summary>
/// What every GraphQL WebSocket subprotocol shares: reading whole messages with a size limit, connection
/// initialisation (OnConnect and the registered initializers), running each operation in its own DI scope concurrently
/// with the others, serialised sends, the init timeout and keep-alive. A subclass maps its protocol's messages onto
/// these and says how results, errors and problems are written.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "_sendLock is a SemaphoreSlim without a wait handle (Dispose frees nothing); operations cancelled at the end of RunAsync may still release it.")]
internal abstract class GraphQLWebSocketSession
{
    private readonly WebSocket _socket;
    private readonly IRequestExecutor _executor;
    private readonly GraphQLRequestFactory _createRequest;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing;
    private readonly CancellationTokenSource _receiving;
    private bool _initReceived;
    private volatile bool _acknowledged;

    protected GraphQLWebSocketSession(HttpContext context, WebSocket socket, IRequestExecutor executor, GraphQLHttpOptions options,
        GraphQLRequestFactory createRequest)
    {
        Context = context;
        _socket = socket;
        _executor = executor;
        Options = options;
        _createRequest = createRequest;
        _closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        _receiving = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    }

    protected HttpContext Context { get; }

    protected GraphQLHttpOptions Options { get; }

    /// <summary>Whether connection_init was accepted and acknowledged.</summary>
    protected bool IsAcknowledged => _acknowledged;

    /// <summary>Whether the session is ending (the server closed or the client went away).</summary>
    protected bool IsClosing => _closing.IsCancellationRequested;

    public async Task RunAsync()
    {
        var token = _closing.Token;
        var initTimeout = WatchInitialisationAsync(token);
        var keepAlive = KeepAliveAsync(token);
        try
        {
            await ReceiveLoopAsync(_receiving.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client disconnected or the session was closed.
        }
        finally
        {
            _closing.Cancel();
            foreach (var operation in _operations.Values) operation.Cancel();
            try { await Task.WhenAll(initTimeout, keepAlive).ConfigureAwait(false); } catch (OperationCanceledException) { }
            _receiving.Dispose();
        }
    }

    /// <summary>Handles one client message of the protocol (a JSON object with a string <c>type</c>); false when it ended the connection.</summary>
    protected abstract Task<bool> HandleMessageAsync(string type, JsonElement message);

    /// <summary>Answers a problem the way the protocol does (a close code, or an error message and a close); false when the connection ends.</summary>
    protected abstract Task<bool> RefuseAsync(WebSocketProblem problem, string? operationId = null);

    /// <summary>Writes the acknowledgement of connection_init.</summary>
    protected abstract Task SendAcknowledgementAsync();

    /// <summary>Writes one result (an execution result or one event of a subscription) of an operation.</summary>
    protected abstract Task SendResultAsync(string id, ExecutionResult result);

    /// <summary>Writes the errors of an operation that never started (syntax, validation, variables, not allowed).</summary>
    protected abstract Task SendRequestErrorsAsync(string id, IReadOnlyList<GraphQLError> errors);

    /// <summary>Writes that an operation ended on the server's side.</summary>
    protected abstract Task SendCompleteAsync(string id);

    /// <summary>Writes the protocol's keep-alive message.</summary>
    protected abstract Task SendKeepAliveAsync();

    private async Task ReceiveLoopAsync(CancellationToken token)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        // After the server sends a close frame (state CloseSent) it keeps reading until the client's close frame
        // arrives, so the client sees the close code instead of a reset connection.
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent && !token.IsCancellationRequested)
        {
            buffer.Clear();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer.GetMemory(4096), token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                        await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
                    return;
                }
                buffer.Advance(received.Count);
                if (buffer.WrittenCount > Options.WebSockets.MaxMessageSize)
                {
                    // Refuse, then discard the rest of the message while waiting for the client's close frame.
                    if (!_closing.IsCancellationRequested) await RefuseAsync(WebSocketProblem.MessageTooLarge).ConfigureAwait(false);
                    buffer.Clear();
                }
            }
            while (!received.EndOfMessage);

            // Once the server has decided to close, further messages are not acted on.
            if (!_closing.IsCancellationRequested) await ReadMessageAsync(buffer.WrittenMemory).ConfigureAwait(false);
        }
    }

    private async Task<bool> ReadMessageAsync(ReadOnlyMemory<byte> message)
    {
        // Text frames are UTF-8-checked by the WebSocket layer, binary frames are not; invalid UTF-8 would only fail later
        // when a string is read, and escape as an unhandled exception.
        if (!System.Text.Unicode.Utf8.IsValid(message.Span)) return await RefuseAsync(WebSocketProblem.InvalidMessage).ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            return await RefuseAsync(WebSocketProblem.InvalidMessage).ConfigureAwait(false);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return await RefuseAsync(WebSocketProblem.InvalidMessage).ConfigureAwait(false);
            return await HandleMessageAsync(type.GetString()!, root).ConfigureAwait(false);
        }
    }

    /// <summary>Handles connection_init: runs OnConnect and the initializers, then acknowledges or refuses.</summary>
    protected async Task<bool> HandleInitAsync(JsonElement message)
    {
        if (_initReceived) return await RefuseAsync(WebSocketProblem.TooManyInits).ConfigureAwait(false);
        _initReceived = true;
        IReadOnlyDictionary<string, object?>? payload = null;
        if (message.TryGetProperty("payload", out var p))
        {
            if (p.ValueKind == JsonValueKind.Object) payload = (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(p);
            else if (p.ValueKind != JsonValueKind.Null) return await RefuseAsync(WebSocketProblem.InvalidMessage).ConfigureAwait(false);
        }
        bool accepted;
        try
        {
            accepted = await InitializeConnectionAsync(payload).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing check (e.g. the store is down) must not leave the client waiting for an ack until it times out.
            return await RefuseAsync(WebSocketProblem.InitFailed).ConfigureAwait(false);
        }
        if (!accepted) return await RefuseAsync(WebSocketProblem.InitRefused).ConfigureAwait(false);
        _acknowledged = true;
        await SendAcknowledgementAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs OnConnect and the registered initializers; false when one refuses the connection.</summary>
    private async Task<bool> InitializeConnectionAsync(IReadOnlyDictionary<string, object?>? payload)
    {
        if (Options.WebSockets.OnConnect is { } onConnect && !await onConnect(Context, payload).ConfigureAwait(false)) return false;
        foreach (var initializer in Context.RequestServices.GetServices<IWebSocketConnectionInitializer>())
        {
            var result = await initializer.InitializeAsync(Context, payload, _closing.Token).ConfigureAwait(false);
            if (!result.IsAccepted) return false;
            // This HttpContext belongs to this socket alone and every operation of the socket reads its User (through
            // IHttpContextAccessor and ConfigureRequest), so replacing it signs in exactly this connection.
            if (result.User is { } user) Context.User = user;
        }
        return true;
    }

    /// <summary>
    /// Starts an operation from a payload holding <c>query</c>, <c>operationName</c>, <c>variables</c> and
    /// <c>extensions</c>; false when the message was refused.
    /// </summary>
    protected async Task<bool> StartOperationAsync(string id, JsonElement payload)
    {
        if (!_acknowledged) return await RefuseAsync(WebSocketProblem.NotAcknowledged, id).ConfigureAwait(false);
        if (payload.ValueKind != JsonValueKind.Object) return await RefuseAsync(WebSocketProblem.InvalidMessage, id).ConfigureAwait(false);
        string? query = payload.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
        string? documentId = payload.TryGetProperty("documentId", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;

        string? operationName = payload.TryGetProperty("operationName", out var on) && on.ValueKind == JsonValueKind.String ? on.GetString() : null;
        IReadOnlyDictionary<string, object?>? variables = payload.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object
            ? (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(v) : null;
        IReadOnlyDictionary<string, object?>? extensions = payload.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object
            ? (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(e) : null;

        if (query is null && documentId is null && (extensions is null || !extensions.ContainsKey("persistedQuery")))
            return await RefuseAsync(WebSocketProblem.InvalidMessage, id).ConfigureAwait(false);

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            return await RefuseAsync(WebSocketProblem.DuplicateOperationId, id).ConfigureAwait(false);
        }
        var (request, problem) = _createRequest(Context, new GraphQLRequestParameters(query, operationName, variables, extensions, documentId), null);
        if (problem is not null)
        {
            // A document that cannot be used (unknown id, not persisted) ends that operation like a validation error.
            _operations.TryRemove(id, out _);
            cancellation.Dispose();
            await SendRequestErrorsAsync(id, [new GraphQLError(problem.Message, extensions: new Dictionary<string, object?> { ["code"] = problem.Code })]).ConfigureAwait(false);
            return true;
        }
        _ = RunOperationAsync(id, request!, cancellation);
        return true;
    }

    /// <summary>Stops an operation the client no longer wants; nothing is sent for it afterwards.</summary>
    protected void StopOperation(string id)
    {
        if (_operations.TryRemove(id, out var running)) running.Cancel();
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            await using var scope = Context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var result = await _executor.ExecuteAsync(request, scope.ServiceProvider, token).ConfigureAwait(false);
            if (result.Status is RequestStatus.SyntaxError or RequestStatus.ValidationError or RequestStatus.OperationResolutionError
                or RequestStatus.OperationNotAllowed or RequestStatus.VariableError)
            {
                _operations.TryRemove(id, out _);
                await SendRequestErrorsAsync(id, result.Errors ?? Array.Empty<GraphQLError>()).ConfigureAwait(false);
                return;
            }
            if (result.IsStream)
            {
                await foreach (var item in result.Stream.WithCancellation(token).ConfigureAwait(false))
                    await SendResultAsync(id, item).ConfigureAwait(false);
            }
            else
            {
                await SendResultAsync(id, result).ConfigureAwait(false);
            }
            // Only tell the client "complete" when the server ended the operation, not when the client did.
            if (_operations.TryRemove(id, out _)) await SendCompleteAsync(id).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Client completed the operation or went away.
        }
        catch (Exception)
        {
            if (!_closing.IsCancellationRequested) await RefuseAsync(WebSocketProblem.InternalError, id).ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    /// <summary>Sends one JSON object message, written by <paramref name="writeBody"/>; sends never interleave.</summary>
    protected async Task SendAsync(Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }
        await _sendLock.WaitAsync(_closing.Token).ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, _closing.Token).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame with <paramref name="code"/> and stops acting on further messages.</summary>
    protected async Task CloseAsync(int code, string reason)
    {
        try
        {
            await _sendLock.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        _closing.Cancel();
        try { _receiving.CancelAfter(TimeSpan.FromSeconds(2)); } catch (ObjectDisposedException) { }
    }

    private async Task WatchInitialisationAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(Options.WebSockets.ConnectionInitTimeout, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (!_initReceived) await RefuseAsync(WebSocketProblem.InitTimeout).ConfigureAwait(false);
    }

    private async Task KeepAliveAsync(CancellationToken token)
    {
        if (Options.WebSockets.KeepAliveInterval is not { } interval || interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
                if (_acknowledged) await SendKeepAliveAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Reads a message's non-empty string <c>id</c>.</summary>
    protected static bool TryGetId(JsonElement message, out string id)
    {
        id = "";
        if (!message.TryGetProperty("id", out var element) || element.ValueKind != JsonValueKind.String) return false;
        id = element.GetString()!;
        return id.Length > 0;
    }
}
