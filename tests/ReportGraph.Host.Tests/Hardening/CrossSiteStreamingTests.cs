using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ReportGraph.Host.Tests.Api;

namespace ReportGraph.Host.Tests.Hardening;

/// <summary>
/// Cross-site WebSocket hijacking (issue #10 item 3): a page on another origin must not ride the session cookie
/// over a WebSocket or an event stream; cookie-writing mutations over a WebSocket answer a clear error.
/// </summary>
public sealed class CrossSiteStreamingTests : IAsyncLifetime
{
    private const string Trusted = "https://dashboard.example.com";
    private readonly ApiHost _host = new(new Dictionary<string, string?> { ["Security:AllowedOrigins:0"] = Trusted });
    private string _cookie = "";

    public async Task InitializeAsync()
    {
        await _host.MemberAsync("ann@example.org");
        var response = await _host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false })
            .PostAsync("/graphql", ApiClient.Json(new { query = "mutation($i: SignInInput!) { signIn(input: $i) { user { email } } }", variables = new { i = new { email = "ann@example.org", password = ApiHost.MemberPassword } } }));
        _cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("null")]
    public async Task A_WebSocket_with_the_session_cookie_from_another_origin_is_refused_before_the_upgrade(string origin)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(_cookie, origin));
        Assert.Contains("403", error.Message);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData(Trusted)]
    public async Task A_WebSocket_with_the_session_cookie_from_the_own_or_an_allowed_origin_is_signed_in(string origin)
    {
        using var socket = await ConnectAsync(_cookie, origin);
        Assert.Equal("ann@example.org", await MeOverSocketAsync(socket));
    }

    [Fact]
    public async Task A_WebSocket_without_a_cookie_may_come_from_anywhere_and_sign_in_with_an_API_key()
    {
        using var socket = await ConnectAsync(cookie: null, "https://evil.example");
        Assert.Null(await MeOverSocketAsync(socket));
    }

    [Fact]
    public async Task An_event_stream_with_the_session_cookie_from_another_origin_is_refused_and_from_the_own_origin_runs()
    {
        var refused = await PostEventStreamAsync(_cookie, "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("FORBIDDEN_ORIGIN", await refused.Content.ReadAsStringAsync());

        var own = await PostEventStreamAsync(_cookie, "http://localhost");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("ann@example.org", await own.Content.ReadAsStringAsync());

        var anonymous = await PostEventStreamAsync(cookie: null, "https://evil.example");
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("mutation { signIn(input: { email: \"ann@example.org\", password: \"member-password-123\" }) { user { email } } }", "signIn")]
    [InlineData("mutation { signOut { errors { code } } }", "signOut")]
    public async Task Cookie_writing_mutations_over_a_WebSocket_answer_a_clear_error_without_a_stack_trace(string document, string field)
    {
        using var socket = await ConnectAsync(_cookie, "http://localhost");
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = document } });
        var message = await ReceiveAsync(socket);

        var errors = message.GetProperty("payload").GetProperty("errors");
        Assert.Equal("NOT_SUPPORTED_OVER_WEBSOCKET", errors[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("HTTP POST", errors[0].GetProperty("message").GetString());
        Assert.Contains(field, errors[0].GetProperty("message").GetString());
        Assert.DoesNotContain(" at ", errors.ToString());
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", errors.ToString());
    }

    [Fact]
    public void A_malformed_allowed_origin_stops_the_start_naming_the_key()
    {
        using var host = new ApiHost(new Dictionary<string, string?> { ["Security:AllowedOrigins:0"] = "https://example.com/app" });
        var error = Assert.ThrowsAny<Exception>(() => host.Factory.Services);
        Assert.Contains("Security:AllowedOrigins:0", error.ToString());
    }

    private async Task<HttpResponseMessage> PostEventStreamAsync(string? cookie, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = ApiClient.Json(new { query = "{ me { email } }" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("Origin", origin);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await _host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(request);
    }

    private async Task<WebSocket> ConnectAsync(string? cookie, string origin)
    {
        var client = _host.Factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = r =>
        {
            r.Headers.Origin = origin;
            if (cookie is not null) r.Headers.Cookie = cookie;
        };
        var socket = await client.ConnectAsync(new Uri(_host.Factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        return socket;
    }

    private static async Task<string?> MeOverSocketAsync(WebSocket socket)
    {
        await SendAsync(socket, new { id = "me", type = "subscribe", payload = new { query = "{ me { email } }" } });
        var me = (await ReceiveAsync(socket)).GetProperty("payload").GetProperty("data").GetProperty("me");
        return me.ValueKind == JsonValueKind.Null ? null : me.GetProperty("email").GetString();
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
        return JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement.Clone();
    }
}
