using System.Net;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>GET requests: queries only, variables in the query string, <c>?sdl</c>, and the IDE for browsers.</summary>
public sealed class GetRequestTests : IClassFixture<SharedServerFixture>
{
    private readonly HttpClient _client;

    public GetRequestTests(SharedServerFixture fixture) => _client = fixture.Server.CreateClient();

    [Fact]
    public async Task Query_with_url_encoded_json_variables_runs()
    {
        var response = await _client.GetQueryAsync("query($g: Genre) { books(genre: $g) { title } }", "{\"g\":\"SCIENCE_FICTION\"}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The Dispossessed", (await response.JsonAsync()).GetProperty("data").GetProperty("books")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Mutation_over_get_is_405_with_allow_post_and_does_not_run(string accept)
    {
        var server = _client;
        var response = await server.GetQueryAsync("mutation { addBook(input: { title: \"X\", authorId: \"a1\", genre: FICTION }) { book { id } } }", accept: accept);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out _));
        var total = await (await _client.GetQueryAsync("{ bookTotal }")).JsonAsync();
        Assert.Equal(3, total.GetProperty("data").GetProperty("bookTotal").GetInt32());
    }

    [Fact]
    public async Task Subscription_over_plain_get_is_refused_with_a_hint_not_405()
    {
        var response = await _client.GetQueryAsync("subscription { countdown(from: 1) }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text/event-stream", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public async Task Invalid_variables_json_is_400()
    {
        var response = await _client.GetQueryAsync("{ __typename }", "{not json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"variables\" parameter is not valid JSON", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public async Task Variables_that_are_not_an_object_are_400()
    {
        var response = await _client.GetQueryAsync("{ __typename }", "[1,2]");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be a JSON object, not an array", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        var response = await _client.GetAsync("graphql");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"query\"", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public async Task Sdl_returns_the_schema_as_text()
    {
        var response = await _client.GetAsync("graphql?sdl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", sdl);
        Assert.Contains("type Book implements", sdl);
        Assert.Contains("type Subscription {", sdl);
    }

    [Fact]
    public async Task Browser_navigation_gets_the_ide_page_with_a_base_under_the_endpoint()
    {
        RepositoryPaths.AssertIdeFilesInstalled();
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/graphql/\"/>", html);
        Assert.Contains("<title>ReportGraph</title>", html);
        Assert.Contains("static/js/main.", html);
    }

    [Fact]
    public async Task Ide_config_points_the_ide_at_the_page_url()
    {
        var response = await _client.GetAsync("graphql/bcp-config.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
    }

    [Fact]
    public async Task Ide_static_files_are_served_with_their_content_types_and_the_license_is_kept()
    {
        RepositoryPaths.AssertIdeFilesInstalled();
        var html = await (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "graphql") { Headers = { { "Accept", "text/html" } } })).Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "static/js/main\\.[0-9a-f]+\\.js").Value;
        var js = await _client.GetAsync("graphql/" + script);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.MediaType());
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.IdeFiles, "LICENSE")));
    }

    [Theory]
    [InlineData("graphql/../../etc/passwd")]
    [InlineData("graphql/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("graphql/package.json")]
    [InlineData("graphql/static/js/nothing.js")]
    public async Task Files_outside_the_ide_or_missing_are_404(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_ide_files_the_page_explains_how_to_install_them()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureHttp: o => o.Ide.StaticFilesPath = Path.Combine(Path.GetTempPath(), "no-ide-here-" + Guid.NewGuid()));
        using var client = server.CreateClient();
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "graphql") { Headers = { { "Accept", "text/html" } } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ReportGraph.GraphQL.Ide.targets", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_can_be_disabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(configureHttp: o => o.EnableGetRequests = false);
        using var client = server.CreateClient();
        var response = await client.GetQueryAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
    }
}
