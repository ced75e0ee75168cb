using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Http.WebSockets;
using static ReportGraph.GraphQL.Tests.Http.WebSocketTests;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>
/// IWebSocketConnectionInitializer: a host signs a socket in from the connection_init payload (browsers cannot set
/// headers on a WebSocket); the operations of that socket, and only of that socket, run as that user.
/// </summary>
public sealed class ConnectionInitializerTests
{
    [Fact]
    public async Task The_user_set_at_init_is_the_user_of_every_operation_on_that_socket_only()
    {
        await using var server = await StartAsync(new TokenInitializer());
        using var signedIn = await ConnectAsync(server);
        await SendAsync(signedIn, new { type = "connection_init", payload = new { token = "ann" } });
        Assert.Equal("connection_ack", (await ReceiveAsync(signedIn)).GetProperty("type").GetString());
        using var anonymous = await ConnectAsync(server);
        await SendAsync(anonymous, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(anonymous)).GetProperty("type").GetString());

        Assert.Equal("ann", await CallerAsync(signedIn, "1"));
        Assert.Equal("", await CallerAsync(anonymous, "1"));
        Assert.Equal("ann", await CallerAsync(signedIn, "2"));
    }

    [Fact]
    public async Task A_rejected_init_closes_with_4403()
    {
        await using var server = await StartAsync(new TokenInitializer());
        using var socket = await ConnectAsync(server);
        await SendAsync(socket, new { type = "connection_init", payload = new { token = "mallory" } });
        await AssertClosedAsync(socket, 4403, "Forbidden");
    }

    [Fact]
    public async Task A_failing_initializer_closes_with_4500_instead_of_leaving_the_client_waiting()
    {
        await using var server = await StartAsync(new FailingInitializer());
        using var socket = await ConnectAsync(server);
        await SendAsync(socket, new { type = "connection_init" });
        await AssertClosedAsync(socket, 4500, "Internal server error");
    }

    [Fact]
    public async Task OnConnect_refusing_means_initializers_are_not_asked()
    {
        var initializer = new TokenInitializer();
        await using var server = await GraphQLTestServer.StartAsync(
            configureHttp: o => o.WebSockets.OnConnect = (_, _) => ValueTask.FromResult(false),
            configureServices: s => s.AddSingleton<IWebSocketConnectionInitializer>(initializer));
        using var socket = await ConnectAsync(server);
        await SendAsync(socket, new { type = "connection_init", payload = new { token = "ann" } });
        await AssertClosedAsync(socket, 4403, "Forbidden");
        Assert.Equal(0, initializer.Calls);
    }

    [Fact]
    public void AcceptAs_needs_a_user()
        => Assert.Throws<ArgumentNullException>(() => WebSocketConnectionInitResult.AcceptAs(null!));

    private static Task<GraphQLTestServer> StartAsync(IWebSocketConnectionInitializer initializer) => GraphQLTestServer.StartAsync(
        g => g.AddTypeExtension<CallerQuery>(),
        configureHttp: o => o.ConfigureRequest = (http, data) => data["caller"] = http.User.Identity?.Name ?? "",
        configureServices: s => s.AddSingleton(initializer));

    private static async Task<string?> CallerAsync(System.Net.WebSockets.ClientWebSocket socket, string id)
    {
        await SendAsync(socket, new { id, type = "subscribe", payload = new { query = "{ caller }" } });
        var next = await ReceiveAsync(socket);
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("complete", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        return next.GetProperty("payload").GetProperty("data").GetProperty("caller").GetString();
    }

    /// <summary>Accepts "ann" as a user, no token as anonymous, anything else not at all.</summary>
    private sealed class TokenInitializer : IWebSocketConnectionInitializer
    {
        public int Calls { get; private set; }

        public ValueTask<WebSocketConnectionInitResult> InitializeAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
        {
            Calls++;
            if (payload is null || !payload.TryGetValue("token", out var token)) return ValueTask.FromResult(WebSocketConnectionInitResult.Accept());
            return ValueTask.FromResult(token as string == "ann"
                ? WebSocketConnectionInitResult.AcceptAs(new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, "ann") }, "test")))
                : WebSocketConnectionInitResult.Reject());
        }
    }

    private sealed class FailingInitializer : IWebSocketConnectionInitializer
    {
        public ValueTask<WebSocketConnectionInitResult> InitializeAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, CancellationToken cancellationToken)
            => throw new InvalidOperationException("The store is down.");
    }
}
