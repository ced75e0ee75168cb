using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>graphql-transport-ws with a real <see cref="ClientWebSocket"/>: the happy path and every close code.</summary>
public sealed class WebSocketTests : IClassFixture<SharedServerFixture>
{
    private readonly GraphQLTestServer _server;

    public WebSocketTests(SharedServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task Init_ack_ping_pong_and_a_subscription_to_completion()
    {
        using var socket = await ConnectAsync(_server);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());

        await SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(socket)).GetProperty("type").GetString());

        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "subscription($n: Int!) { countdown(from: $n) }", variables = new { n = 2 } } });
        var values = new List<int>();
        JsonElement message;
        while ((message = await ReceiveAsync(socket)).GetProperty("type").GetString() == "next")
        {
            Assert.Equal("1", message.GetProperty("id").GetString());
            values.Add(message.GetProperty("payload").GetProperty("data").GetProperty("countdown").GetInt32());
        }
        Assert.Equal("complete", message.GetProperty("type").GetString());
        Assert.Equal(new[] { 2, 1, 0 }, values);
    }

    [Fact]
    public async Task Queries_and_mutations_work_over_the_socket_too()
    {
        using var socket = await ConnectAsync(_server);
        await InitAsync(socket);
        await SendAsync(socket, new { id = "q", type = "subscribe", payload = new { query = "{ bookTotal }" } });
        var next = await ReceiveAsync(socket);
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.True(next.GetProperty("payload").GetProperty("data").GetProperty("bookTotal").GetInt32() >= 3);
        Assert.Equal("complete", (await ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Invalid_operations_get_an_error_message_and_the_connection_stays()
    {
        using var socket = await ConnectAsync(_server);
        await InitAsync(socket);
        await SendAsync(socket, new { id = "bad", type = "subscribe", payload = new { query = "subscription { nope }" } });
        var error = await ReceiveAsync(socket);
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Contains("Cannot query field \"nope\"", error.GetProperty("payload")[0].GetProperty("message").GetString());

        await SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Client_complete_stops_a_running_subscription()
    {
        using var socket = await ConnectAsync(_server);
        await InitAsync(socket);
        await SendAsync(socket, new { id = "watch", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await ServerSentEventsTests.WaitUntilAsync(() => _server.Library.SubscriberCount >= 1);
        _server.Library.Add(new TestSchema.Book { Id = "ws1", Title = "Over the socket", AuthorId = "a1" });
        var next = await ReceiveAsync(socket);
        Assert.Equal("Over the socket", next.GetProperty("payload").GetProperty("data").GetProperty("bookAdded").GetProperty("title").GetString());

        await SendAsync(socket, new { id = "watch", type = "complete" });
        await ServerSentEventsTests.WaitUntilAsync(() => _server.Library.SubscriberCount == 0);
    }

    [Fact]
    public async Task Subscribe_before_init_closes_with_4401()
    {
        using var socket = await ConnectAsync(_server);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ bookTotal }" } });
        await AssertClosedAsync(socket, 4401, "Unauthorized");
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        using var socket = await ConnectAsync(_server);
        await InitAsync(socket);
        await SendAsync(socket, new { type = "connection_init" });
        await AssertClosedAsync(socket, 4429, "Too many initialisation requests");
    }

    [Fact]
    public async Task A_duplicate_operation_id_closes_with_4409()
    {
        using var socket = await ConnectAsync(_server);
        await InitAsync(socket);
        await SendAsync(socket, new { id = "same", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await SendAsync(socket, new { id = "same", type = "subscribe", payload = new { query = "subscription { bookAdded { title } }" } });
        await AssertClosedAsync(socket, 4409, "Subscriber for same already exists");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"unknown\"}")]
    [InlineData("{\"id\":\"1\",\"type\":\"subscribe\"}")]
    [InlineData("{\"payload\":{}}")]
    public async Task Invalid_messages_close_with_4400(string message)
    {
        using var socket = await ConnectAsync(_server);
        await InitAsync(socket);
        await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);
        await AssertClosedAsync(socket, 4400, "Invalid message received");
    }

    [Fact]
    public async Task A_binary_message_with_invalid_utf8_closes_with_4400()
    {
        using var socket = await ConnectAsync(_server);
        await InitAsync(socket);
        var message = Encoding.Latin1.GetBytes("{\"id\":\"\xFF\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ bookTotal }\"}}");
        await socket.SendAsync(message, WebSocketMessageType.Binary, true, CancellationToken.None);
        await AssertClosedAsync(socket, 4400, "Invalid message received");
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_4400()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureHttp: o => o.WebSockets.MaxMessageSize = 1024);
        using var socket = await ConnectAsync(server);
        await InitAsync(socket);
        var query = "{ " + string.Join(" ", Enumerable.Repeat("bookTotal", 200)) + " }";
        await SendAsync(socket, new { id = "big", type = "subscribe", payload = new { query } });
        await AssertClosedAsync(socket, 4400, "Message too large");
    }

    [Fact]
    public async Task No_init_in_time_closes_with_4408()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureHttp: o => o.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        using var socket = await ConnectAsync(server);
        await AssertClosedAsync(socket, 4408, "Connection initialisation timeout");
    }

    [Fact]
    public async Task A_refused_init_closes_with_4403_and_the_payload_is_seen()
    {
        IReadOnlyDictionary<string, object?>? seen = null;
        await using var server = await GraphQLTestServer.StartAsync(configureHttp: o => o.WebSockets.OnConnect = (_, payload) =>
        {
            seen = payload;
            return ValueTask.FromResult(payload is not null && payload.TryGetValue("token", out var t) && (string?)t == "secret");
        });
        using var refused = await ConnectAsync(server);
        await SendAsync(refused, new { type = "connection_init", payload = new { token = "wrong" } });
        await AssertClosedAsync(refused, 4403, "Forbidden");
        Assert.Equal("wrong", seen!["token"]);

        using var accepted = await ConnectAsync(server);
        await SendAsync(accepted, new { type = "connection_init", payload = new { token = "secret" } });
        Assert.Equal("connection_ack", (await ReceiveAsync(accepted)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Without_a_known_subprotocol_the_socket_closes_with_4406()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("mqtt");
        await socket.ConnectAsync(_server.WebSocketUri, CancellationToken.None);
        await AssertClosedAsync(socket, 4406, "Subprotocol not acceptable");
    }

    [Fact]
    public async Task A_client_offering_both_subprotocols_gets_graphql_transport_ws()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-ws");
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(_server.WebSocketUri, CancellationToken.None);
        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
    }

    internal static async Task<ClientWebSocket> ConnectAsync(GraphQLTestServer server)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(server.WebSocketUri, timeout.Token);
        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        return socket;
    }

    private static async Task InitAsync(ClientWebSocket socket)
    {
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    internal static Task SendAsync(ClientWebSocket socket, object message)
        => socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    internal static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        int count = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), timeout.Token);
            count += result.Count;
        }
        while (!result.EndOfMessage);
        if (result.MessageType == WebSocketMessageType.Close)
            throw new Xunit.Sdk.XunitException($"The socket closed: {(int?)result.CloseStatus} {result.CloseStatusDescription}");
        return JsonDocument.Parse(buffer.AsMemory(0, count)).RootElement;
    }

    internal static async Task AssertClosedAsync(ClientWebSocket socket, int code, string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[4096];
        WebSocketReceiveResult result;
        do result = await socket.ReceiveAsync(buffer, timeout.Token);
        while (result.MessageType != WebSocketMessageType.Close);
        Assert.Equal(code, (int)result.CloseStatus!);
        Assert.Equal(reason, result.CloseStatusDescription);
    }
}
