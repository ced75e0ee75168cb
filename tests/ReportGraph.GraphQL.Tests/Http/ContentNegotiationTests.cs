using System.Net;
using ReportGraph.GraphQL.Http;
using Format = ReportGraph.GraphQL.Http.GraphQLMediaTypes.ResponseFormat;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>
/// Which media type answers which operation: clients that list JSON and event-stream together (urql's default Accept)
/// get a single JSON response for queries and mutations and a stream only for subscriptions.
/// </summary>
public sealed class ContentNegotiationTests : IClassFixture<SharedServerFixture>
{
    /// <summary>What urql 5 / @urql/core 6 send by default.</summary>
    private const string UrqlAccept = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";

    private readonly HttpClient _client;

    public ContentNegotiationTests(SharedServerFixture fixture) => _client = fixture.Server.CreateClient();

    [Theory]
    [InlineData(UrqlAccept, "application/graphql-response+json")]
    [InlineData("text/event-stream, application/json", "application/json")]
    [InlineData("text/event-stream, application/json;q=0.1", "application/json")]
    [InlineData("text/event-stream;q=1, application/graphql-response+json;q=0.2, application/json;q=0.1", "application/graphql-response+json")]
    [InlineData("text/event-stream, */*;q=0.5", "application/json")]
    public async Task A_query_is_one_json_response_whenever_a_json_type_is_accepted(string accept, string expected)
    {
        var response = await _client.PostQueryAsync("{ bookTotal }", accept: accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
        Assert.Equal(3, (await response.JsonAsync()).GetProperty("data").GetProperty("bookTotal").GetInt32());
    }

    [Fact]
    public async Task A_mutation_with_urqls_accept_is_json_too()
    {
        var response = await _client.PostQueryAsync("mutation { step(name: \"negotiated\", delayMilliseconds: 0) }", accept: UrqlAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
    }

    [Fact]
    public async Task A_request_error_with_urqls_accept_is_json_with_the_specs_status()
    {
        var response = await _client.PostQueryAsync("{ nope }", accept: UrqlAccept);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
    }

    [Fact]
    public async Task A_subscription_with_urqls_accept_streams()
    {
        var response = await _client.PostQueryAsync("subscription { countdown(from: 1) }", accept: UrqlAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.MediaType());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(2, text.Split("event: next").Length - 1);
        Assert.Contains("event: complete", text);
    }

    [Theory]
    [InlineData("text/event-stream")]
    [InlineData("text/event-stream, application/json;q=0")]
    public async Task A_client_that_accepts_only_event_stream_gets_a_query_as_a_stream(string accept)
    {
        var response = await _client.PostQueryAsync("{ bookTotal }", accept: accept);
        Assert.Equal("text/event-stream", response.MediaType());
        Assert.Contains("event: complete", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_get_query_with_urqls_accept_is_json()
    {
        var response = await _client.GetQueryAsync("{ bookTotal }", accept: UrqlAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType());
    }

    [Theory]
    [InlineData(null, Format.Json, false)]
    [InlineData("not a media type ,,;", Format.Json, false)]
    [InlineData(UrqlAccept, Format.GraphQLResponseJson, true)]
    [InlineData("*/*", Format.Json, false)] // a wildcard never asks for a stream
    [InlineData("text/*", Format.NotAcceptable, false)]
    [InlineData("text/event-stream;q=0, application/json", Format.Json, false)]
    [InlineData("application/json;q=0, text/event-stream;q=0.3", Format.NotAcceptable, true)]
    public void Negotiate_reads_json_and_event_stream_separately(string? accept, Format json, bool eventStream)
    {
        var accepted = GraphQLMediaTypes.Negotiate(accept, allowEventStream: true);
        Assert.Equal((json, eventStream), (accepted.Json, accepted.EventStream));
    }

    [Theory]
    [InlineData("multipart/mixed;deferSpec=20220824,application/graphql-response+json,application/json", true)] // Apollo Client 4
    [InlineData(UrqlAccept, true)]
    [InlineData("multipart/mixed;q=0, application/json", false)]
    [InlineData("*/*", false)] // a wildcard never asks for parts
    [InlineData("application/json", false)]
    public void Negotiate_reads_multipart_for_incremental_delivery(string accept, bool multipart)
        => Assert.Equal(multipart, GraphQLMediaTypes.Negotiate(accept, allowEventStream: true).Multipart);

    [Fact]
    public void Event_stream_is_ignored_when_the_endpoint_disables_it()
    {
        var accepted = GraphQLMediaTypes.Negotiate("text/event-stream", allowEventStream: false);
        Assert.False(accepted.IsAcceptable);
    }

    [Theory]
    [InlineData(Format.GraphQLResponseJson, true, false, Format.GraphQLResponseJson)]
    [InlineData(Format.GraphQLResponseJson, true, true, Format.EventStream)]
    [InlineData(Format.NotAcceptable, true, false, Format.EventStream)]
    [InlineData(Format.Json, false, false, Format.Json)]
    [InlineData(Format.NotAcceptable, false, false, Format.NotAcceptable)]
    public void FormatFor_streams_only_streams_unless_json_is_not_accepted(Format json, bool eventStream, bool isStream, Format expected)
        => Assert.Equal(expected, new AcceptedResponses(json, eventStream).FormatFor(isStream));

    [Fact]
    public void Problems_are_never_written_as_a_stream()
        => Assert.Equal(Format.Json, new AcceptedResponses(Format.NotAcceptable, EventStream: true).ForProblem);
}
