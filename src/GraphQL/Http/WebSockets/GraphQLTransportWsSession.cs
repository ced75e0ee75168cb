using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using static ReportGraph.GraphQL.Http.WebSockets.GraphQLTransportWsCloseCodes;

namespace ReportGraph.GraphQL.Http.WebSockets;

/// <summary>
/// One WebSocket connection speaking graphql-transport-ws (graphql-ws's PROTOCOL.md): connection_init/ack,
/// ping/pong, subscribe → next… complete or error, client complete to stop. Every problem closes the socket with the
/// protocol's close code.
/// </summary>
internal sealed class GraphQLTransportWsSession(HttpContext context, WebSocket socket, IRequestExecutor executor, GraphQLHttpOptions options,
    GraphQLRequestFactory createRequest)
    : GraphQLWebSocketSession(context, socket, executor, options, createRequest)
{
    protected override async Task<bool> HandleMessageAsync(string type, JsonElement message)
    {
        switch (type)
        {
            case "connection_init":
                return await HandleInitAsync(message).ConfigureAwait(false);
            case "ping":
                await SendAsync(w => w.WriteString("type", "pong")).ConfigureAwait(false);
                return true;
            case "pong":
                return true;
            case "subscribe":
                if (!IsAcknowledged) return await RefuseAsync(WebSocketProblem.NotAcknowledged).ConfigureAwait(false);
                if (!TryGetId(message, out var id) || !message.TryGetProperty("payload", out var payload))
                    return await RefuseAsync(WebSocketProblem.InvalidMessage).ConfigureAwait(false);
                return await StartOperationAsync(id, payload).ConfigureAwait(false);
            case "complete":
                if (!TryGetId(message, out var completeId)) return await RefuseAsync(WebSocketProblem.InvalidMessage).ConfigureAwait(false);
                StopOperation(completeId);
                return true;
            default:
                return await RefuseAsync(WebSocketProblem.InvalidMessage).ConfigureAwait(false);
        }
    }

    protected override async Task<bool> RefuseAsync(WebSocketProblem problem, string? operationId = null)
    {
        var (code, reason) = problem switch
        {
            WebSocketProblem.InvalidMessage => (BadRequest, "Invalid message received"),
            WebSocketProblem.MessageTooLarge => (BadRequest, "Message too large"),
            WebSocketProblem.NotAcknowledged => (Unauthorized, "Unauthorized"),
            WebSocketProblem.InitRefused => (Forbidden, "Forbidden"),
            WebSocketProblem.TooManyInits => (TooManyInitialisationRequests, "Too many initialisation requests"),
            WebSocketProblem.InitTimeout => (ConnectionInitialisationTimeout, "Connection initialisation timeout"),
            WebSocketProblem.DuplicateOperationId => (SubscriberAlreadyExists, $"Subscriber for {operationId} already exists"),
            _ => (InternalServerError, "Internal server error"),
        };
        await CloseAsync(code, reason).ConfigureAwait(false);
        return false;
    }

    protected override Task SendAcknowledgementAsync() => SendAsync(w => w.WriteString("type", "connection_ack"));

    protected override Task SendResultAsync(string id, ExecutionResult result) => SendAsync(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", "next");
        w.WritePropertyName("payload");
        ExecutionResultWriter.Write(w, result);
    });

    // The operation never started: an error message ends it (no complete follows, as the protocol says).
    protected override Task SendRequestErrorsAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", "error");
        w.WriteStartArray("payload");
        foreach (var error in errors) ExecutionResultWriter.WriteError(w, error);
        w.WriteEndArray();
    });

    protected override Task SendCompleteAsync(string id) => SendAsync(w => { w.WriteString("id", id); w.WriteString("type", "complete"); });

    protected override Task SendKeepAliveAsync() => SendAsync(w => w.WriteString("type", "ping"));
}
