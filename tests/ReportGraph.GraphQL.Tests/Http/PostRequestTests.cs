using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>POST requests: media types, the spec's status codes and the refusals (406, 413, 415, 400).</summary>
public sealed class PostRequestTests : IClassFixture<SharedServerFixture>
{
    private readonly HttpClient _client;
    private readonly GraphQLTestServer _server;

    public PostRequestTests(SharedServerFixture fixture)
    {
        _server = fixture.Server;
        _client = fixture.Server.CreateClient();
    }

    [Fact]
    public async Task The_body_is_the_text_the_executor_writes_for_the_same_query()
    {
        // The endpoint completes lists and objects of plain properties straight to JSON; the text must not change.
        const string query = "{ books(first: 3) { __typename title tags genre publishedAt author { name } } authors { __typename name } }";
        var response = await _client.PostQueryAsync(query);
        var executor = _server.Services.GetRequiredService<IRequestExecutor>();
        using var scope = _server.Services.CreateScope();
        var expected = await executor.ExecuteAsync(new GraphQLRequest { Query = query }, scope.ServiceProvider);
        Assert.Equal(expected.ToJson(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Query_with_graphql_response_json_answers_data_in_that_media_type()
    {
        var response = await _client.PostQueryAsync("{ books(first: 2) { title author { name } } }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var body = await response.JsonAsync();
        Assert.Equal("A Wizard of Earthsea", body.GetProperty("data").GetProperty("books")[0].GetProperty("title").GetString());
        Assert.Equal("Ursula K. Le Guin", body.GetProperty("data").GetProperty("books")[0].GetProperty("author").GetProperty("name").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("application/*")]
    [InlineData("application/graphql-response+json;q=0.5, application/json")]
    public async Task Legacy_and_wildcard_accept_get_application_json(string? accept)
    {
        var response = await _client.PostQueryAsync("{ __typename }", accept: accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Both_media_types_at_equal_quality_prefer_graphql_response_json()
    {
        var response = await _client.PostQueryAsync("{ __typename }", accept: "application/json, application/graphql-response+json");
        Assert.Equal("application/graphql-response+json", response.MediaType());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        var response = await _client.PostQueryAsync("{ __typename }", accept: accept);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.JsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Other_content_types_are_415_which_also_stops_cross_site_form_posts(string contentType)
    {
        var response = await _client.PostJsonAsync("{\"query\":\"mutation { step(name: \\\"x\\\", delayMilliseconds: 0) }\"}", contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", body.FirstErrorCode());
        Assert.Contains("application/json", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Missing_content_type_is_415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}")) };
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Utf8_charset_and_non_ascii_text_are_accepted()
    {
        var response = await _client.PostJsonAsync("{\"query\":\"{ __type(name: \\\"Run🏃Swim🏊\\\") { name } }\"}", contentType: "application/json; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await response.JsonAsync()).GetProperty("data").GetProperty("__type").ValueKind);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        var big = "{\"query\":\"{ __typename }\",\"extensions\":{\"pad\":\"" + new string('x', 1024 * 1024 + 10) + "\"}}";
        var response = await _client.PostJsonAsync(big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.JsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{ \"not a JSON", "not valid JSON")]
    [InlineData("[{\"query\":\"{ __typename }\"}]", "Batched")]
    [InlineData("{\"notquery\":\"{ __typename }\"}", "\"query\"")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}", "\"query\" parameter must be a string")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":\"string\"}", "\"variables\" parameter must be an object or null, not a string")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[1]}", "not an array")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":1}", "\"operationName\" parameter must be a string or null")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":false}", "\"extensions\" parameter must be an object or null, not a boolean")]
    public async Task Malformed_requests_are_400_with_a_message_naming_the_problem(string body, string expected)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await _client.PostJsonAsync(body, accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var json = await response.JsonAsync();
            Assert.Contains(expected, json.FirstErrorMessage());
            Assert.Equal("BAD_REQUEST", json.FirstErrorCode());
        }
    }

    [Fact]
    public async Task Null_optional_parameters_are_fine()
    {
        var response = await _client.PostJsonAsync("{\"query\":\"{ __typename }\",\"variables\":null,\"operationName\":null,\"extensions\":null}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.JsonAsync()).TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("{", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task Documents_that_cannot_run_are_400_without_data_for_graphql_response_json_and_200_for_json(string query, string code)
    {
        var strict = await _client.PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        var strictBody = await strict.JsonAsync();
        Assert.False(strictBody.TryGetProperty("data", out _));
        Assert.Equal(code, strictBody.FirstErrorCode());
        Assert.True(strictBody.GetProperty("errors")[0].TryGetProperty("locations", out _));

        var legacy = await _client.PostQueryAsync(query, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal(code, (await legacy.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_for_graphql_response_json_and_200_for_json()
    {
        const string query = "query Q($id: ID!) { node(id: $id) { id } }";
        var strict = await _client.PostQueryAsync(query, new { id = (string?)null });
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Contains("$id", (await strict.JsonAsync()).FirstErrorMessage());
        var legacy = await _client.PostQueryAsync(query, new { id = (string?)null }, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
    }

    [Fact]
    public async Task Unknown_operation_name_is_a_request_error()
    {
        var response = await _client.PostJsonAsync("{\"query\":\"query A { __typename } query B { __typename }\",\"operationName\":\"C\"}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unknown operation named \"C\".", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public async Task Field_errors_keep_200_with_data_path_and_code_and_exceptions_are_masked()
    {
        var response = await _client.PostQueryAsync("{ bookTotal notFound failing }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(3, body.GetProperty("data").GetProperty("bookTotal").GetInt32());
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        var notFound = errors.Single(e => e.GetProperty("path")[0].GetString() == "notFound");
        Assert.Equal("NOT_FOUND", notFound.GetProperty("extensions").GetProperty("code").GetString());
        var failing = errors.Single(e => e.GetProperty("path")[0].GetString() == "failing");
        Assert.Equal("Unexpected Execution Error", failing.GetProperty("message").GetString());
        Assert.DoesNotContain("hunter2", body.GetRawText());
    }

    [Fact]
    public async Task Mutations_run_over_post()
    {
        var response = await _client.PostQueryAsync("mutation { a: step(name: \"a\", delayMilliseconds: 20) b: step(name: \"b\", delayMilliseconds: 0) }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.JsonAsync()).GetProperty("data");
        Assert.True(data.GetProperty("a").GetInt32() < data.GetProperty("b").GetInt32());
    }

    [Fact]
    public async Task Subscriptions_need_an_event_stream_or_a_websocket()
    {
        var response = await _client.PostQueryAsync("subscription { countdown(from: 2) }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Accept: text/event-stream", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405(string method)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }
}
