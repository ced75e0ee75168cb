using System.Net;
using System.Text.Json;
using ReportGraph.GraphQL.Http.PersistedDocuments;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>
/// Trusted documents: by <c>documentId</c> from graphql-codegen and Apollo manifests, Apollo-style automatic persisted
/// queries, and <c>OnlyPersistedDocuments</c> over POST, GET and WebSockets. (Apollo Client's own persisted query link
/// runs against the host in ClientCompatibilityTests.)
/// </summary>
public sealed class PersistedDocumentTests : IAsyncLifetime
{
    private const string Total = "query Total { bookTotal }";
    private const string Titles = "query Titles { books(first: 1) { title } }";
    private readonly string _manifests = Directory.CreateTempSubdirectory("persisted-documents-").FullName;
    private GraphQLTestServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // graphql-codegen's client preset: { "<sha256>": "<document>" }.
        await File.WriteAllTextAsync(Path.Combine(_manifests, "persisted-documents.json"), JsonSerializer.Serialize(new Dictionary<string, string> { [DocumentHash.Of(Total)] = Total }));
        // Apollo's generate-persisted-query-manifest.
        await File.WriteAllTextAsync(Path.Combine(_manifests, "apollo.json"), JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = DocumentHash.Of(Titles), name = "Titles", type = "query", body = Titles } },
        }));
        _server = await GraphQLTestServer.StartAsync(configureHttp: o => o.PersistedDocuments.ManifestDirectory = _manifests);
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_manifests, recursive: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_document_id_from_either_manifest_runs_that_document(bool prefixed)
    {
        var id = (prefixed ? "sha256:" : "") + DocumentHash.Of(Total);
        var body = await (await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = id }))).JsonAsync();
        Assert.Equal(3, body.GetProperty("data").GetProperty("bookTotal").GetInt32());

        var titles = await (await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = "sha256:" + DocumentHash.Of(Titles) }))).JsonAsync();
        Assert.Equal("A Wizard of Earthsea", titles.GetProperty("data").GetProperty("books")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_document_id_works_over_get()
    {
        var response = await _client.GetAsync($"/graphql?documentId=sha256:{DocumentHash.Of(Total)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.JsonAsync()).GetProperty("data").GetProperty("bookTotal").GetInt32());
    }

    [Fact]
    public async Task An_unknown_document_id_is_400_naming_it()
    {
        var response = await _client.PostJsonAsync("{\"documentId\":\"sha256:" + new string('a', 64) + "\"}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", body.FirstErrorCode());
        Assert.Contains(new string('a', 64), body.FirstErrorMessage());
    }

    [Fact]
    public async Task Query_and_document_id_together_are_refused()
    {
        var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { query = Total, documentId = DocumentHash.Of(Total) }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("either", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public async Task Automatic_persisted_query_registers_once_then_runs_by_hash()
    {
        const string query = "{ books(first: 2) { title } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(query) } };

        var unknown = await _client.PostJsonAsync(JsonSerializer.Serialize(new { extensions }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var body = await unknown.JsonAsync();
        Assert.Equal("PersistedQueryNotFound", body.FirstErrorMessage());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", body.FirstErrorCode());

        var registered = await _client.PostJsonAsync(JsonSerializer.Serialize(new { query, extensions }));
        Assert.Equal(2, (await registered.JsonAsync()).GetProperty("data").GetProperty("books").GetArrayLength());

        var byHash = await _client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(extensions)));
        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.Equal(2, (await byHash.JsonAsync()).GetProperty("data").GetProperty("books").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"query\":\"{ bookTotal }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}}}", "PERSISTED_QUERY_HASH_MISMATCH")]
    [InlineData("{\"extensions\":{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}}}", "BAD_REQUEST")]
    [InlineData("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}}", "BAD_REQUEST")]
    [InlineData("{\"extensions\":{\"persistedQuery\":true}}", "BAD_REQUEST")]
    [InlineData("{\"documentId\":42}", "BAD_REQUEST")]
    public async Task Malformed_persisted_requests_get_a_clear_400(string json, string code)
    {
        var response = await _client.PostJsonAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Only_persisted_documents_refuses_other_text_and_registration_but_lets_the_allowed_caller_through()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureHttp: o =>
        {
            o.PersistedDocuments.ManifestDirectory = _manifests;
            o.PersistedDocuments.OnlyPersistedDocuments = true;
            o.PersistedDocuments.AllowAnyDocument = http => http.Request.Headers["X-Role"] == "admin";
        });
        using var client = server.CreateClient();

        Assert.Equal(3, (await (await client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = DocumentHash.Of(Total) }))).JsonAsync())
            .GetProperty("data").GetProperty("bookTotal").GetInt32());
        // The exact text of a manifest document is a persisted document too.
        Assert.Equal(HttpStatusCode.OK, (await client.PostQueryAsync(Total)).StatusCode);

        var other = await client.PostQueryAsync("{ bookTotal }");
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", (await other.JsonAsync()).FirstErrorCode());

        const string query = "{ books(first: 1) { title } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(query) } };
        var register = await client.PostJsonAsync(JsonSerializer.Serialize(new { query, extensions }));
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", (await register.JsonAsync()).FirstErrorCode());

        using var admin = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ bookTotal }\"}", System.Text.Encoding.UTF8, "application/json") };
        admin.Headers.Add("X-Role", "admin");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(admin)).StatusCode);

        // Over a WebSocket the same rule ends the operation with an error message.
        using var socket = await WebSocketTests.ConnectAsync(server);
        await WebSocketTests.SendAsync(socket, new { type = "connection_init" });
        await WebSocketTests.ReceiveAsync(socket);
        await WebSocketTests.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ bookTotal }" } });
        var error = await WebSocketTests.ReceiveAsync(socket);
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        await WebSocketTests.SendAsync(socket, new { id = "2", type = "subscribe", payload = new { documentId = DocumentHash.Of(Total) } });
        Assert.Equal("next", (await WebSocketTests.ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    [Fact]
    public void A_manifest_whose_id_is_not_the_hash_of_its_document_is_refused_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("bad-manifest-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "persisted-documents.json"), JsonSerializer.Serialize(new Dictionary<string, string> { [new string('b', 64)] = Total }));
            var error = Assert.Throws<InvalidDataException>(() => PersistedDocumentManifest.Load(folder));
            Assert.Contains("persisted-documents.json", error.Message);
            Assert.Contains("not the SHA-256", error.Message);

            File.WriteAllText(Path.Combine(folder, "persisted-documents.json"), "[1, 2]");
            Assert.Contains("expected a JSON object", Assert.Throws<InvalidDataException>(() => PersistedDocumentManifest.Load(folder)).Message);
            Assert.Contains("does not exist", Assert.Throws<InvalidDataException>(() => PersistedDocumentManifest.Load(Path.Combine(folder, "missing"))).Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
