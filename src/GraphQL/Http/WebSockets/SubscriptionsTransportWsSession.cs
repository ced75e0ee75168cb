using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Http.WebSockets;

/// <summary>
/// One WebSocket connection speaking the legacy subprotocol <c>graphql-ws</c> of Apollo's subscriptions-transport-ws
/// (its PROTOCOL.md), which older Apollo clients and many tools still use and HotChocolate still serves:
/// connection_init → connection_ack and <c>ka</c> keep-alives, start → data… complete, stop, connection_terminate.
/// Problems are reported as <c>error</c> / <c>connection_error</c> messages, as that protocol does, rather than close codes.
/// </summary>
internal sealed class SubscriptionsTransportWsSession(HttpContext context, WebSocket socket, IRequestExecutor executor, GraphQLHttpOptions options,
    GraphQLRequestFactory createRequest)
    : GraphQLWebSocketSession(context, socket, executor, options, createRequest)
{
    /// <summary>The subprotocol name a client requests.</summary>
    public const string SubProtocol = "graphql-ws";

    protected override async Task<bool> HandleMessageAsync(string type, JsonElement message)
    {
        switch (type)
        {
            case "connection_init":
                return await HandleInitAsync(message).ConfigureAwait(false);
            case "start":
                if (!TryGetId(message, out var id) || !message.TryGetProperty("payload", out var payload))
                    return await RefuseAsync(WebSocketProblem.InvalidMessage, TryGetId(message, out var someId) ? someId : null).ConfigureAwait(false);
                return await StartOperationAsync(id, payload).ConfigureAwait(false);
            case "stop":
                if (TryGetId(message, out var stopId)) StopOperation(stopId);
                return true;
            case "connection_terminate":
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
                return false;
            default:
                return await RefuseAsync(WebSocketProblem.InvalidMessage, TryGetId(message, out var otherId) ? otherId : null).ConfigureAwait(false);
        }
    }

    protected override async Task<bool> RefuseAsync(WebSocketProblem problem, string? operationId = null)
    {
        switch (problem)
        {
            // Problems with one message: an error for that operation; the connection stays, as in subscriptions-transport-ws.
            case WebSocketProblem.InvalidMessage when operationId is not null:
                await SendErrorAsync(operationId, "Invalid message: \"start\" needs an \"id\" and a \"payload\" with a \"query\" string.").ConfigureAwait(false);
                return true;
            case WebSocketProblem.InvalidMessage:
                await SendConnectionErrorAsync("Invalid message: expected a JSON object with a known \"type\".").ConfigureAwait(false);
                return true;
            case WebSocketProblem.NotAcknowledged:
                await SendErrorAsync(operationId, "Send \"connection_init\" and wait for \"connection_ack\" before \"start\".").ConfigureAwait(false);
                return true;
            case WebSocketProblem.DuplicateOperationId:
                await SendErrorAsync(operationId, $"An operation with id \"{operationId}\" is already running.").ConfigureAwait(false);
                return true;
            case WebSocketProblem.InternalError:
                await SendErrorAsync(operationId, "Internal server error").ConfigureAwait(false);
                return true;
            case WebSocketProblem.TooManyInits:
                await SendConnectionErrorAsync("Too many initialisation requests").ConfigureAwait(false);
                return true;
            // Problems with the connection: tell the client why, then close.
            case WebSocketProblem.MessageTooLarge:
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too large").ConfigureAwait(false);
                return false;
            case WebSocketProblem.InitTimeout:
                await SendConnectionErrorAsync("Connection initialisation timeout").ConfigureAwait(false);
                await CloseAsync((int)WebSocketCloseStatus.PolicyViolation, "Connection initialisation timeout").ConfigureAwait(false);
                return false;
            default:
                await SendConnectionErrorAsync(problem == WebSocketProblem.InitRefused ? "Forbidden" : "Internal server error").ConfigureAwait(false);
                await CloseAsync((int)WebSocketCloseStatus.InternalServerError, "Connection refused").ConfigureAwait(false);
                return false;
        }
    }

    // The protocol's server sends a first keep-alive right after the acknowledgement.
    protected override async Task SendAcknowledgementAsync()
    {
        await SendAsync(w => w.WriteString("type", "connection_ack")).ConfigureAwait(false);
        if (Options.WebSockets.KeepAliveInterval is { } interval && interval > TimeSpan.Zero) await SendKeepAliveAsync().ConfigureAwait(false);
    }

    protected override Task SendResultAsync(string id, ExecutionResult result) => SendAsync(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", "data");
        w.WritePropertyName("payload");
        ExecutionResultWriter.Write(w, result);
    });

    // subscriptions-transport-ws answers an operation that fails validation with a data message holding the errors,
    // then complete; its clients hand those errors to the caller as the result's errors.
    protected override async Task SendRequestErrorsAsync(string id, IReadOnlyList<GraphQLError> errors)
    {
        await SendAsync(w =>
        {
            w.WriteString("id", id);
            w.WriteString("type", "data");
            w.WriteStartObject("payload");
            w.WriteStartArray("errors");
            foreach (var error in errors) ExecutionResultWriter.WriteError(w, error);
            w.WriteEndArray();
            w.WriteEndObject();
        }).ConfigureAwait(false);
        await SendCompleteAsync(id).ConfigureAwait(false);
    }

    protected override Task SendCompleteAsync(string id) => SendAsync(w => { w.WriteString("id", id); w.WriteString("type", "complete"); });

    protected override Task SendKeepAliveAsync() => SendAsync(w => w.WriteString("type", "ka"));

    private Task SendErrorAsync(string? id, string message) => SendAsync(w =>
    {
        if (id is not null) w.WriteString("id", id);
        w.WriteString("type", "error");
        w.WriteStartObject("payload");
        w.WriteString("message", message);
        w.WriteEndObject();
    });

    private Task SendConnectionErrorAsync(string message) => SendAsync(w =>
    {
        w.WriteString("type", "connection_error");
        w.WriteStartObject("payload");
        w.WriteString("message", message);
        w.WriteEndObject();
    });
}
