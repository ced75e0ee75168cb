using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using static ReportGraph.GraphQL.Tests.Http.WebSocketTests;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>
/// The legacy subprotocol <c>graphql-ws</c> of subscriptions-transport-ws with a real <see cref="ClientWebSocket"/>:
/// init/ack/ka, start → data… complete, stop, errors as messages, connection_error and terminate. (The npm client itself
/// runs against the host in ClientCompatibilityTests.)
/// </summary>
public sealed class LegacyWebSocketTests : IClassFixture<SharedServerFixture>
{
    private readonly GraphQLTestServer _server;

    public LegacyWebSocketTests(SharedServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task Init_ack_keep_alive_and_a_subscription_to_completion()
    {
        using var socket = await ConnectLegacyAsync(_server);
        await SendAsync(socket, new { type = "connection_init", payload = new { } });
        Assert.Equal("connection_ack", await ReceiveTypeAsync(socket));
        Assert.Equal("ka", await ReceiveTypeAsync(socket));

        await SendAsync(socket, new { id = "1", type = "start", payload = new { query = "subscription($n: Int!) { countdown(from: $n) }", variables = new { n = 2 } } });
        var values = new List<int>();
        JsonElement message;
        while ((message = await ReceiveAsync(socket)).GetProperty("type").GetString() == "data")
        {
            Assert.Equal("1", message.GetProperty("id").GetString());
            values.Add(message.GetProperty("payload").GetProperty("data").GetProperty("countdown").GetInt32());
        }
        Assert.Equal("complete", message.GetProperty("type").GetString());
        Assert.Equal("1", message.GetProperty("id").GetString());
        Assert.Equal(new[] { 2, 1, 0 }, values);
    }

    [Fact]
    public async Task A_query_is_answered_with_data_then_complete()
    {
        using var socket = await ConnectAndInitAsync(_server);
        await SendAsync(socket, new { id = "q", type = "start", payload = new { query = "{ bookTotal }" } });
        var data = await ReceiveAsync(socket);
        Assert.Equal("data", data.GetProperty("type").GetString());
        Assert.True(data.GetProperty("payload").GetProperty("data").GetProperty("bookTotal").GetInt32() >= 3);
        Assert.Equal("complete", await ReceiveTypeAsync(socket));
    }

    [Fact]
    public async Task An_invalid_operation_gets_its_errors_as_data_then_complete_and_the_connection_stays()
    {
        using var socket = await ConnectAndInitAsync(_server);
        await SendAsync(socket, new { id = "bad", type = "start", payload = new { query = "subscription { nope }" } });
        var data = await ReceiveAsync(socket);
        Assert.Equal("data", data.GetProperty("type").GetString());
        Assert.Equal("bad", data.GetProperty("id").GetString());
        Assert.Contains("Cannot query field \"nope\"", data.GetProperty("payload").GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(data.GetProperty("payload").TryGetProperty("data", out _));
        Assert.Equal("complete", await ReceiveTypeAsync(socket));

        await SendAsync(socket, new { id = "q", type = "start", payload = new { query = "{ bookTotal }" } });
        Assert.Equal("data", await ReceiveTypeAsync(socket));
    }

    [Fact]
    public async Task Stop_ends_a_subscription_without_a_complete_message()
    {
        using var socket = await ConnectAndInitAsync(_server);
        await SendAsync(socket, new { id = "s", type = "start", payload = new { query = "subscription { bookAdded { title } }" } });
        await ServerSentEventsTests.WaitUntilAsync(() => _server.Library.SubscriberCount > 0);
        await SendAsync(socket, new { id = "s", type = "stop" });
        await ServerSentEventsTests.WaitUntilAsync(() => _server.Library.SubscriberCount == 0);

        await SendAsync(socket, new { id = "after", type = "start", payload = new { query = "{ bookTotal }" } });
        var next = await ReceiveAsync(socket);
        Assert.Equal("after", next.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Start_before_init_is_an_error_for_that_operation()
    {
        using var socket = await ConnectLegacyAsync(_server);
        await SendAsync(socket, new { id = "early", type = "start", payload = new { query = "{ bookTotal }" } });
        var error = await ReceiveAsync(socket);
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("early", error.GetProperty("id").GetString());
        Assert.Contains("connection_init", error.GetProperty("payload").GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"subscribe\"}")]
    public async Task An_unreadable_message_gets_a_connection_error_and_the_connection_stays(string message)
    {
        using var socket = await ConnectAndInitAsync(_server);
        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
        var error = await ReceiveAsync(socket);
        Assert.Equal("connection_error", error.GetProperty("type").GetString());
        Assert.Contains("Invalid message", error.GetProperty("payload").GetProperty("message").GetString());

        await SendAsync(socket, new { id = "q", type = "start", payload = new { query = "{ bookTotal }" } });
        Assert.Equal("data", await ReceiveTypeAsync(socket));
    }

    [Fact]
    public async Task A_start_without_a_query_is_an_error_for_that_id()
    {
        using var socket = await ConnectAndInitAsync(_server);
        await SendAsync(socket, new { id = "7", type = "start", payload = new { variables = new { } } });
        var error = await ReceiveAsync(socket);
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("7", error.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_refused_init_gets_a_connection_error_then_the_socket_closes()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureHttp: o => o.WebSockets.OnConnect = (_, _) => ValueTask.FromResult(false));
        using var socket = await ConnectLegacyAsync(server);
        await SendAsync(socket, new { type = "connection_init" });
        var error = await ReceiveAsync(socket);
        Assert.Equal("connection_error", error.GetProperty("type").GetString());
        Assert.Equal("Forbidden", error.GetProperty("payload").GetProperty("message").GetString());
        await AssertClosedAsync(socket, 1011, "Connection refused");
    }

    [Fact]
    public async Task Connection_terminate_closes_normally()
    {
        using var socket = await ConnectAndInitAsync(_server);
        await SendAsync(socket, new { type = "connection_terminate" });
        await AssertClosedAsync(socket, 1000, "");
    }

    [Fact]
    public async Task The_legacy_subprotocol_can_be_switched_off()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureHttp: o => o.WebSockets.EnableLegacySubprotocol = false);
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-ws");
        await socket.ConnectAsync(server.WebSocketUri, CancellationToken.None);
        await AssertClosedAsync(socket, 4406, "Subprotocol not acceptable");
    }

    private static async Task<ClientWebSocket> ConnectLegacyAsync(GraphQLTestServer server)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(server.WebSocketUri, timeout.Token);
        Assert.Equal("graphql-ws", socket.SubProtocol);
        return socket;
    }

    private static async Task<ClientWebSocket> ConnectAndInitAsync(GraphQLTestServer server)
    {
        var socket = await ConnectLegacyAsync(server);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", await ReceiveTypeAsync(socket));
        Assert.Equal("ka", await ReceiveTypeAsync(socket));
        return socket;
    }

    private static async Task<string?> ReceiveTypeAsync(ClientWebSocket socket) => (await ReceiveAsync(socket)).GetProperty("type").GetString();
}
