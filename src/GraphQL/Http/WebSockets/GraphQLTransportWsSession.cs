using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using static ReportGraph.GraphQL.Http.WebSockets.GraphQLTransportWsCloseCodes;

namespace ReportGraph.GraphQL.Http.WebSockets;

/// <summary>
/// One WebSocket connection speaking graphql-transport-ws: connection_init/ack, ping/pong, subscribe → next… complete
/// or error, client complete to stop. Each operation runs in its own DI scope, concurrently with the others.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "_sendLock is a SemaphoreSlim without a wait handle (Dispose frees nothing); operations cancelled at the end of RunAsync may still release it.")]
internal sealed class GraphQLTransportWsSession
{
    private readonly HttpContext _context;
    private readonly WebSocket _socket;
    private readonly IRequestExecutor _executor;
    private readonly GraphQLHttpOptions _options;
    private readonly Func<HttpContext, GraphQLRequestParameters, IReadOnlyCollection<Language.OperationType>?, GraphQLRequest> _createRequest;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing;
    private readonly CancellationTokenSource _receiving;
    private bool _initReceived;
    private volatile bool _acknowledged;

    public GraphQLTransportWsSession(HttpContext context, WebSocket socket, IRequestExecutor executor, GraphQLHttpOptions options,
        Func<HttpContext, GraphQLRequestParameters, IReadOnlyCollection<Language.OperationType>?, GraphQLRequest> createRequest)
    {
        _context = context;
        _socket = socket;
        _executor = executor;
        _options = options;
        _createRequest = createRequest;
        _closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        _receiving = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    }

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
                if (buffer.WrittenCount > _options.WebSockets.MaxMessageSize)
                {
                    // Refuse, then discard the rest of the message while waiting for the client's close frame.
                    if (!_closing.IsCancellationRequested) await CloseAsync(BadRequest, "Message too large").ConfigureAwait(false);
                    buffer.Clear();
                }
            }
            while (!received.EndOfMessage);

            // Once the server has decided to close, further messages are not acted on.
            if (!_closing.IsCancellationRequested) await HandleMessageAsync(buffer.WrittenMemory).ConfigureAwait(false);
        }
    }

    /// <summary>Handles one client message; false when the connection was closed because of it.</summary>
    private async Task<bool> HandleMessageAsync(ReadOnlyMemory<byte> message)
    {
        // Text frames are UTF-8-checked by the WebSocket layer, binary frames are not; invalid UTF-8 would only fail later
        // when a string is read, and escape as an unhandled exception.
        if (!System.Text.Unicode.Utf8.IsValid(message.Span)) return await RefuseAsync(BadRequest, "Invalid message received").ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            return await RefuseAsync(BadRequest, "Invalid message received").ConfigureAwait(false);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
                return await RefuseAsync(BadRequest, "Invalid message received").ConfigureAwait(false);

            switch (typeElement.GetString())
            {
                case "connection_init":
                    return await HandleInitAsync(root).ConfigureAwait(false);
                case "ping":
                    await SendAsync(w => { w.WriteString("type", "pong"); }).ConfigureAwait(false);
                    return true;
                case "pong":
                    return true;
                case "subscribe":
                    return await HandleSubscribeAsync(root).ConfigureAwait(false);
                case "complete":
                    if (!TryGetId(root, out var completeId)) return await RefuseAsync(BadRequest, "Invalid message received").ConfigureAwait(false);
                    if (_operations.TryRemove(completeId, out var running)) running.Cancel();
                    return true;
                default:
                    return await RefuseAsync(BadRequest, "Invalid message received").ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> HandleInitAsync(JsonElement root)
    {
        if (_initReceived) return await RefuseAsync(TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
        _initReceived = true;
        IReadOnlyDictionary<string, object?>? payload = null;
        if (root.TryGetProperty("payload", out var p))
        {
            if (p.ValueKind == JsonValueKind.Object) payload = (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(p);
            else if (p.ValueKind != JsonValueKind.Null) return await RefuseAsync(BadRequest, "Invalid message received").ConfigureAwait(false);
        }
        bool accepted;
        try
        {
            accepted = await InitializeConnectionAsync(payload).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing check (e.g. the store is down) must not leave the client waiting for an ack until it times out.
            return await RefuseAsync(InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        if (!accepted) return await RefuseAsync(Forbidden, "Forbidden").ConfigureAwait(false);
        _acknowledged = true;
        await SendAsync(w => w.WriteString("type", "connection_ack")).ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs OnConnect and the registered initializers; false when one refuses the connection.</summary>
    private async Task<bool> InitializeConnectionAsync(IReadOnlyDictionary<string, object?>? payload)
    {
        if (_options.WebSockets.OnConnect is { } onConnect && !await onConnect(_context, payload).ConfigureAwait(false)) return false;
        foreach (var initializer in _context.RequestServices.GetServices<IWebSocketConnectionInitializer>())
        {
            var result = await initializer.InitializeAsync(_context, payload, _closing.Token).ConfigureAwait(false);
            if (!result.IsAccepted) return false;
            // This HttpContext belongs to this socket alone and every operation of the socket reads its User (through
            // IHttpContextAccessor and ConfigureRequest), so replacing it signs in exactly this connection.
            if (result.User is { } user) _context.User = user;
        }
        return true;
    }

    private async Task<bool> HandleSubscribeAsync(JsonElement root)
    {
        if (!_acknowledged) return await RefuseAsync(Unauthorized, "Unauthorized").ConfigureAwait(false);
        if (!TryGetId(root, out var id) || !root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("query", out var queryElement) || queryElement.ValueKind != JsonValueKind.String)
        {
            return await RefuseAsync(BadRequest, "Invalid message received").ConfigureAwait(false);
        }

        string? operationName = payload.TryGetProperty("operationName", out var on) && on.ValueKind == JsonValueKind.String ? on.GetString() : null;
        IReadOnlyDictionary<string, object?>? variables = payload.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object
            ? (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(v) : null;
        IReadOnlyDictionary<string, object?>? extensions = payload.TryGetProperty("extensions", out var e) && e.ValueKind == JsonValueKind.Object
            ? (IReadOnlyDictionary<string, object?>?)JsonValues.ToPlain(e) : null;

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            return await RefuseAsync(SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
        }
        var request = _createRequest(_context, new GraphQLRequestParameters(queryElement.GetString()!, operationName, variables, extensions), null);
        _ = RunOperationAsync(id, request, cancellation);
        return true;
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            await using var scope = _context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var result = await _executor.ExecuteAsync(request, scope.ServiceProvider, token).ConfigureAwait(false);
            if (result.Status is RequestStatus.SyntaxError or RequestStatus.ValidationError or RequestStatus.OperationResolutionError
                or RequestStatus.OperationNotAllowed or RequestStatus.VariableError)
            {
                // The operation never started: an error message ends it (no complete follows, as the protocol says).
                await SendAsync(w =>
                {
                    w.WriteString("id", id);
                    w.WriteString("type", "error");
                    w.WriteStartArray("payload");
                    foreach (var error in result.Errors ?? Array.Empty<GraphQLError>()) ExecutionResultWriter.WriteError(w, error);
                    w.WriteEndArray();
                }).ConfigureAwait(false);
                return;
            }
            if (result.IsStream)
            {
                await foreach (var item in result.Stream.WithCancellation(token).ConfigureAwait(false))
                    await SendNextAsync(id, item).ConfigureAwait(false);
            }
            else
            {
                await SendNextAsync(id, result).ConfigureAwait(false);
            }
            // Only tell the client "complete" when the server ended the operation, not when the client did.
            if (_operations.TryRemove(id, out _)) await SendAsync(w => { w.WriteString("id", id); w.WriteString("type", "complete"); }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Client completed the operation or went away.
        }
        catch (Exception)
        {
            if (!_closing.IsCancellationRequested) await CloseAsync(InternalServerError, "Internal server error").ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result) => SendAsync(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", "next");
        w.WritePropertyName("payload");
        ExecutionResultWriter.Write(w, result);
    });

    private async Task SendAsync(Action<Utf8JsonWriter> writeBody)
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

    private async Task<bool> RefuseAsync(int code, string reason)
    {
        await CloseAsync(code, reason).ConfigureAwait(false);
        return false;
    }

    private async Task CloseAsync(int code, string reason)
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
            await Task.Delay(_options.WebSockets.ConnectionInitTimeout, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (!_initReceived) await CloseAsync(ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
    }

    private async Task KeepAliveAsync(CancellationToken token)
    {
        if (_options.WebSockets.KeepAliveInterval is not { } interval || interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
                if (_acknowledged) await SendAsync(w => w.WriteString("type", "ping")).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    private static bool TryGetId(JsonElement root, out string id)
    {
        id = "";
        if (!root.TryGetProperty("id", out var element) || element.ValueKind != JsonValueKind.String) return false;
        id = element.GetString()!;
        return id.Length > 0;
    }
}
