using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ReportGraph.GraphQL.Http;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>Bodies System.Text.Json would let through or fail on late: each is a 400 that says what is wrong.</summary>
public sealed class RequestBodyTests : IClassFixture<SharedServerFixture>
{
    private readonly HttpClient _client;

    public RequestBodyTests(SharedServerFixture fixture) => _client = fixture.Server.CreateClient();

    [Theory]
    [InlineData("{\"query\":\"{ bookTotal }\",\"operationName\":\"\xFF\"}")]
    [InlineData("{\"query\":\"{ bookTotal }\",\"variables\":{\"a\":\"\xC3\"}}")]
    [InlineData("{\"query\":\"{ book(id: \\\"\xED\xA0\x80\\\") { title } }\"}")] // an encoded surrogate half
    public async Task Invalid_utf8_is_400_not_500(string latin1Body)
    {
        var response = await PostBytesAsync(Encoding.Latin1.GetBytes(latin1Body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("BAD_REQUEST", body.FirstErrorCode());
        Assert.Contains("not valid UTF-8", body.FirstErrorMessage());
    }

    [Theory]
    [InlineData("{\"query\":\"{ bookTotal }\"} x")]
    [InlineData("{\"query\":\"{ bookTotal }\"}{\"query\":\"{ bookTotal }\"}")]
    [InlineData("{\"query\":\"{ bookTotal }\"}\n]")]
    public async Task Trailing_data_after_the_object_is_400(string json)
    {
        var response = await _client.PostJsonAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data after the JSON object", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public async Task Trailing_whitespace_is_fine()
    {
        var response = await _client.PostJsonAsync("{\"query\":\"{ bookTotal }\"} \r\n\t ");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"query\":\"{ bookTotal }\",\"query\":\"mutation { step(name: \\\"x\\\") }\"}", "$.query")]
    [InlineData("{\"query\":\"{ bookTotal }\",\"\\u0071uery\":\"{ bookTotal }\"}", "$.query")] // escaped names count
    [InlineData("{\"query\":\"{ bookTotal }\",\"variables\":{\"id\":\"1\",\"id\":\"2\"}}", "$.variables.id")]
    [InlineData("{\"query\":\"{ bookTotal }\",\"extensions\":{\"list\":[{},{\"k\":1,\"k\":2}]}}", "$.extensions.list[1].k")]
    public async Task Duplicate_keys_are_400_naming_the_key(string json, string path)
    {
        var response = await _client.PostJsonAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).FirstErrorMessage();
        Assert.Contains(path + " twice", message);
    }

    [Fact]
    public async Task Duplicate_keys_in_get_variables_are_400_too()
    {
        var response = await _client.GetQueryAsync("{ bookTotal }", variables: "{\"a\":1,\"a\":2}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.variables.a twice", (await response.JsonAsync()).FirstErrorMessage());
    }

    [Fact]
    public void A_character_split_across_body_segments_is_still_valid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"query\":\"é\"}");
        int split = Array.IndexOf(bytes, (byte)0xC3) + 1; // between the two bytes of é
        var sequence = Segments(bytes[..split], bytes[split..]);
        Assert.False(sequence.IsSingleSegment);
        Assert.True(JsonBodyChecks.IsValidUtf8(sequence));
        Assert.False(JsonBodyChecks.IsValidUtf8(Segments(bytes[..split], "\"}"u8.ToArray())));
    }

    private async Task<HttpResponseMessage> PostBytesAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await _client.PostAsync("graphql", content);
    }

    private static ReadOnlySequence<byte> Segments(byte[] first, byte[] second)
    {
        var start = new Segment(first);
        var end = start.Append(second);
        return new ReadOnlySequence<byte>(start, 0, end, second.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
