using System.Text.Json;

namespace ReportGraph.Host.Tests.Clients;

/// <summary>
/// The GraphQL clients people use, from npm (versions pinned in tests/node/package.json), against the real host over
/// real sockets, each with its default settings and an API key: urql, Apollo Client, graphql-request, graphql-ws,
/// subscriptions-transport-ws (the legacy graphql-ws subprotocol) and graphql-sse.
/// </summary>
public sealed class ClientCompatibilityTests(ClientSuiteHost host) : IClassFixture<ClientSuiteHost>
{
    private const string Progress = "subscription Progress($id: ID!) { executionProgress(executionId: $id) { status } }";

    private string Variables => JsonSerializer.Serialize(new { id = host.ExecutionId });

    [Fact]
    public async Task Urql_with_default_exchanges_runs_a_query_and_a_mutation_and_node_stays_up()
    {
        var report = await NodeClientScript.RunAsync("urql-client.mjs", host.GraphQLUri.ToString(), host.ApiKey,
            "query Me { me { email } }",
            "mutation CreateKey { createApiKey(input: { name: \"from urql\" }) { secret errors { code } } }");

        AssertQueryAndMutationSucceeded(report, "urql");
    }

    [Fact]
    public async Task Apollo_client_with_its_defaults_runs_a_query_and_a_mutation()
    {
        var report = await NodeClientScript.RunAsync("apollo-client.mjs", host.GraphQLUri.ToString(), host.ApiKey,
            "query Me { me { id email } }",
            "mutation CreateKey { createApiKey(input: { name: \"from apollo\" }) { secret } }");

        AssertQueryAndMutationSucceeded(report, "Apollo");
    }

    [Fact]
    public async Task Apollo_client_with_defer_receives_the_deferred_fields_after_the_others()
    {
        var report = await NodeClientScript.RunAsync("apollo-defer-client.mjs", host.GraphQLUri.ToString(), host.ApiKey,
            "query MeDeferred { me { id ... @defer { email } } }");

        Assert.Equal(0, report.GetProperty("unhandled").GetArrayLength());
        var results = report.GetProperty("results").EnumerateArray().ToList();
        var final = results[^1];
        Assert.Equal(JsonValueKind.Null, final.GetProperty("error").ValueKind);
        Assert.Equal("complete", final.GetProperty("dataState").GetString());
        Assert.Equal(host.MemberEmail, final.GetProperty("data").GetProperty("me").GetProperty("email").GetString());
        // Before it, Apollo showed the streaming result: the id without the deferred email.
        var streaming = Assert.Single(results, r => r.GetProperty("dataState").GetString() == "streaming");
        Assert.False(streaming.GetProperty("data").GetProperty("me").TryGetProperty("email", out _));
        Assert.Equal(JsonValueKind.String, streaming.GetProperty("data").GetProperty("me").GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task Apollo_persisted_query_link_sends_the_text_once_then_only_the_hash()
    {
        var report = await NodeClientScript.RunAsync("apollo-persisted-client.mjs", host.GraphQLUri.ToString(), host.ApiKey, "query MeAgain { me { email } }");

        Assert.Equal(0, report.GetProperty("unhandled").GetArrayLength());
        foreach (var result in report.GetProperty("results").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
            Assert.Equal(host.MemberEmail, result.GetProperty("data").GetProperty("me").GetProperty("email").GetString());
        }
        // hash only (unknown) → hash and text (registered) → hash only (known).
        var requests = report.GetProperty("requests").EnumerateArray().Select(r => (r.GetProperty("hasQuery").GetBoolean(), r.GetProperty("hasHash").GetBoolean())).ToList();
        Assert.Equal([(false, true), (true, true), (false, true)], requests);
    }

    [Fact]
    public async Task Graphql_request_sends_a_query_with_variables()
    {
        var report = await NodeClientScript.RunAsync("graphql-request-client.mjs", host.GraphQLUri.ToString(), host.ApiKey,
            "query Execution($id: ID!) { node(id: $id) { id ... on Execution { status } } }", Variables);

        Assert.Equal(JsonValueKind.Null, report.GetProperty("error").ValueKind);
        var node = report.GetProperty("data").GetProperty("node");
        Assert.Equal(host.ExecutionId, node.GetProperty("id").GetString());
        Assert.Equal("SUCCEEDED", node.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Graphql_request_with_an_unknown_key_gets_401()
    {
        var report = await NodeClientScript.RunAsync("graphql-request-client.mjs", host.GraphQLUri.ToString(), "rgk_unknownunknownunknown",
            "query Me { me { email } }", "{}");

        Assert.Equal(401, report.GetProperty("error").GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("Authorization", "Bearer ")]
    [InlineData("authorization", "Bearer ")]
    [InlineData("apiKey", "")]
    public async Task Graphql_ws_authenticates_with_connection_params_and_follows_an_execution(string name, string prefix)
    {
        var connectionParams = JsonSerializer.Serialize(new Dictionary<string, string> { [name] = prefix + host.ApiKey });
        var report = await NodeClientScript.RunAsync("ws-client.mjs", host.WebSocketUri.ToString(), Progress, Variables, connectionParams);

        Assert.True(report.GetProperty("completed").GetBoolean(), report.GetRawText());
        var events = report.GetProperty("events");
        Assert.Equal(1, events.GetArrayLength());
        Assert.Equal("SUCCEEDED", events[0].GetProperty("data").GetProperty("executionProgress").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Graphql_ws_without_credentials_is_anonymous_and_gets_unauthenticated()
    {
        var report = await NodeClientScript.RunAsync("ws-client.mjs", host.WebSocketUri.ToString(), Progress, Variables);

        Assert.Contains("UNAUTHENTICATED", report.GetRawText());
        Assert.DoesNotContain("SUCCEEDED", report.GetRawText());
    }

    [Theory]
    [InlineData("{\"Authorization\":\"Bearer rgk_unknownunknownunknown\"}")]
    [InlineData("{\"Authorization\":\"Basic YW5uOnNlY3JldA==\"}")]
    [InlineData("{\"apiKey\":42}")]
    public async Task Graphql_ws_with_an_unusable_key_is_closed_with_4403(string connectionParams)
    {
        var report = await NodeClientScript.RunAsync("ws-client.mjs", host.WebSocketUri.ToString(), Progress, Variables, connectionParams);

        Assert.False(report.GetProperty("completed").GetBoolean());
        Assert.Equal(4403, report.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(0, report.GetProperty("events").GetArrayLength());
    }

    [Theory]
    [InlineData("Authorization", "Bearer ")]
    [InlineData("apiKey", "")]
    public async Task Subscriptions_transport_ws_speaks_the_legacy_subprotocol_and_follows_an_execution(string name, string prefix)
    {
        var connectionParams = JsonSerializer.Serialize(new Dictionary<string, string> { [name] = prefix + host.ApiKey });
        var report = await NodeClientScript.RunAsync("legacy-ws-client.mjs", host.WebSocketUri.ToString(), Progress, Variables, connectionParams);

        Assert.True(report.GetProperty("completed").GetBoolean(), report.GetRawText());
        Assert.Equal(0, report.GetProperty("unhandled").GetArrayLength());
        var events = report.GetProperty("events");
        Assert.Equal(1, events.GetArrayLength());
        Assert.Equal("SUCCEEDED", events[0].GetProperty("data").GetProperty("executionProgress").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Subscriptions_transport_ws_gets_validation_errors_as_the_result_and_a_refused_key_as_a_connection_error()
    {
        var invalid = await NodeClientScript.RunAsync("legacy-ws-client.mjs", host.WebSocketUri.ToString(),
            "subscription { nope }", "{}", JsonSerializer.Serialize(new { apiKey = host.ApiKey }));
        Assert.True(invalid.GetProperty("completed").GetBoolean(), invalid.GetRawText());
        Assert.Contains("Cannot query field \"nope\"", invalid.GetProperty("events")[0].GetProperty("errors")[0].GetProperty("message").GetString());

        var refused = await NodeClientScript.RunAsync("legacy-ws-client.mjs", host.WebSocketUri.ToString(), Progress, Variables,
            "{\"Authorization\":\"Bearer rgk_unknownunknownunknown\"}");
        Assert.False(refused.GetProperty("completed").GetBoolean());
        Assert.Equal("Forbidden", refused.GetProperty("connectionErrors")[0].GetProperty("message").GetString());
        Assert.Equal(0, refused.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Graphql_sse_follows_an_execution_with_the_key_in_a_header()
    {
        var headers = JsonSerializer.Serialize(new { Authorization = "Bearer " + host.ApiKey });
        var report = await NodeClientScript.RunAsync("sse-client.mjs", host.GraphQLUri.ToString(), Progress, Variables, headers);

        Assert.True(report.GetProperty("completed").GetBoolean(), report.GetRawText());
        Assert.Equal("SUCCEEDED", report.GetProperty("events")[0].GetProperty("data").GetProperty("executionProgress").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Url_loader_codegen_and_graphql_inspector_read_the_schema_from_the_url()
    {
        const string query = "query MySchedules { schedules(first: 5) { nodes { id name isActive } } }";
        var report = await NodeClientScript.RunAsync("schema-tools.mjs", host.GraphQLUri.ToString(), host.ApiKey, query);

        var urlLoader = report.GetProperty("urlLoader");
        Assert.True(urlLoader.GetProperty("ok").GetBoolean(), urlLoader.GetRawText());
        Assert.True(urlLoader.GetProperty("types").GetInt32() > 30);

        var inspector = report.GetProperty("inspector");
        Assert.True(inspector.GetProperty("ok").GetBoolean(), inspector.GetRawText());
        Assert.True(inspector.GetProperty("hasQuery").GetBoolean());

        // codegen's client preset: a typed document for the query, and a persisted-documents manifest whose id the host accepts.
        var codegen = report.GetProperty("codegen");
        Assert.True(codegen.GetProperty("ok").GetBoolean(), codegen.GetRawText());
        var generated = codegen.GetProperty("graphqlTs").GetString()!;
        Assert.Contains("export type MySchedulesQuery", generated);
        Assert.Contains("isActive: boolean", generated);
        var manifest = new ReportGraph.Host.Tests.Infrastructure.TempFolder("rg-codegen-manifest");
        using (manifest)
        {
            File.WriteAllText(manifest.Combine("persisted-documents.json"), codegen.GetProperty("persistedDocuments").GetRawText());
            var loaded = ReportGraph.GraphQL.Http.PersistedDocuments.PersistedDocumentManifest.Load(manifest.Path);
            var id = codegen.GetProperty("persistedDocuments").EnumerateObject().Single().Name;
            Assert.True(loaded.TryGet(id, out var document), $"codegen's id {id} is not in the loaded manifest");
            Assert.Contains("MySchedules", document);
        }
    }

    /// <summary>What both full clients must show: no unhandled error, the member's email from the query, a new key from the mutation.</summary>
    private void AssertQueryAndMutationSucceeded(JsonElement report, string client)
    {
        Assert.True(report.GetProperty("unhandled").GetArrayLength() == 0, $"{client} left unhandled errors: " + report.GetProperty("unhandled"));
        Assert.Equal(JsonValueKind.Null, report.GetProperty("query").GetProperty("error").ValueKind);
        Assert.Equal(host.MemberEmail, report.GetProperty("query").GetProperty("data").GetProperty("me").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("mutation").GetProperty("error").ValueKind);
        Assert.StartsWith("rgk_", report.GetProperty("mutation").GetProperty("data").GetProperty("createApiKey").GetProperty("secret").GetString());
    }
}
