using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>
/// The differential oracle through the server: every corpus document POSTed to our GraphQL endpoint is rejected with
/// validation errors exactly when graphql-js <c>validate</c> rejects it, with the same messages and locations.
/// </summary>
public sealed class ValidationOverHttpTests(ValidationTestServer server) : IClassFixture<ValidationTestServer>
{
    [Theory]
    [MemberData(nameof(DifferentialOracleTests.CorpusDocuments), MemberType = typeof(DifferentialOracleTests))]
    public async Task Server_gives_the_same_verdict_and_messages_as_graphql_js(string fileName)
    {
        var expected = GraphQLJsOracle.Result.Results[fileName];
        var query = await File.ReadAllTextAsync(Path.Combine(ValidationTestSchema.CorpusFolder, fileName));

        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // Validation errors are the ones with extensions.code GRAPHQL_VALIDATION_FAILED; other request errors
        // (e.g. a missing operation name, or no mutation type) come after validation passed.
        var validationErrors = new List<string>();
        if (body.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                if (!error.TryGetProperty("extensions", out var extensions) || !extensions.TryGetProperty("code", out var code)
                    || code.GetString() != "GRAPHQL_VALIDATION_FAILED")
                {
                    continue;
                }

                var locations = error.TryGetProperty("locations", out var l)
                    ? l.EnumerateArray().Select(x => $"{x.GetProperty("line").GetInt32()}:{x.GetProperty("column").GetInt32()}")
                    : Enumerable.Empty<string>();
                validationErrors.Add(error.GetProperty("message").GetString() + " @ " + string.Join(", ", locations));
            }
        }

        Assert.True(expected.Valid == (validationErrors.Count == 0),
            $"graphql-js says {(expected.Valid == true ? "valid" : "invalid")}; the server answered {(int)response.StatusCode}: {body}");
        var theirs = expected.Errors.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(x => $"{x.Line}:{x.Column}")));
        Assert.Equal(theirs, validationErrors);
        if (validationErrors.Count > 0)
        {
            Assert.Equal(400, (int)response.StatusCode);
            Assert.False(body.TryGetProperty("data", out _), "a document that fails validation must not execute");
        }
    }
}
