using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace ReportGraph.GraphQL.Tests.Http;

/// <summary>The server's limits set with ModifyOptions: depth, cost, document size, introspection per request, exception details.</summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task Max_depth_refuses_deeper_operations_and_follows_fragments()
    {
        await using var server = await GraphQLTestServer.StartAsync(g => g.ModifyOptions(o => o.MaxDepth = 3));
        using var client = server.CreateClient();

        var ok = await client.PostQueryAsync("{ books { author { name } } }");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var deep = await client.PostQueryAsync("{ books { ...B } } fragment B on Book { author { books { title } } }");
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        var body = await deep.JsonAsync();
        Assert.Equal("LIMIT_EXCEEDED", body.FirstErrorCode());
        Assert.Equal("The operation has a depth of 4, more than the allowed maximum of 3.", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Max_cost_multiplies_list_selections_by_their_size_argument()
    {
        await using var server = await GraphQLTestServer.StartAsync(g => g.ModifyOptions(o => { o.MaxCost = 50; o.DefaultListSize = 10; }));
        using var client = server.CreateClient();

        // books(first: 2): 1 + 2 × (title + author{name} = 3) = 7
        var cheap = await client.PostQueryAsync("{ books(first: 2) { title author { name } } }");
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);

        // authors (no size: 10) × books (10) × title → 1 + 10 × (1 + 1 + 10 × 1) = 121
        var costly = await client.PostQueryAsync("{ authors { name books { title } } }");
        Assert.Equal(HttpStatusCode.BadRequest, costly.StatusCode);
        var body = await costly.JsonAsync();
        Assert.Equal("LIMIT_EXCEEDED", body.FirstErrorCode());
        Assert.Contains("more than the allowed maximum of 50", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Introspection_predicate_is_asked_per_request_and_typename_stays_allowed()
    {
        await using var server = await GraphQLTestServer.StartAsync(g => g.ModifyOptions(o => o.AllowIntrospection(http => http.Request.Headers["X-Allow-Introspection"] == "yes")));
        using var client = server.CreateClient();

        var refused = await client.PostQueryAsync("{ __schema { queryType { name } } }");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.JsonAsync();
        Assert.Equal("INTROSPECTION_NOT_ALLOWED", body.FirstErrorCode());
        Assert.Equal("Introspection is not allowed for the current request.", body.FirstErrorMessage());

        var viaFragment = await client.PostQueryAsync("{ ...F } fragment F on Query { __type(name: \"Book\") { name } }");
        Assert.Equal(HttpStatusCode.BadRequest, viaFragment.StatusCode);

        var typename = await client.PostQueryAsync("{ __typename books(first: 1) { __typename } }");
        Assert.Equal(HttpStatusCode.OK, typename.StatusCode);

        var sdl = await client.GetAsync("graphql?sdl");
        Assert.Equal(HttpStatusCode.Forbidden, sdl.StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent("{\"query\":\"{ __schema { queryType { name } } }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Allow-Introspection", "yes");
        var allowed = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("Query", (await allowed.JsonAsync()).GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Documents_longer_than_the_limit_are_syntax_errors()
    {
        await using var server = await GraphQLTestServer.StartAsync(g => g.ModifyOptions(o => o.MaxDocumentLength = 100));
        using var client = server.CreateClient();
        var response = await client.PostQueryAsync("{ " + string.Join(" ", Enumerable.Repeat("__typename", 20)) + " }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("GRAPHQL_PARSE_FAILED", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Execution_timeout_stops_slow_requests()
    {
        await using var server = await GraphQLTestServer.StartAsync(g => g.ModifyOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(200)));
        using var client = server.CreateClient();
        var response = await client.PostQueryAsync("{ slow(milliseconds: 20000) }");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("EXECUTION_TIMEOUT", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Exception_details_can_be_switched_on()
    {
        await using var server = await GraphQLTestServer.StartAsync(g => g.ModifyOptions(o => o.IncludeExceptionDetails = true));
        using var client = server.CreateClient();
        var body = await (await client.PostQueryAsync("{ failing }")).JsonAsync();
        Assert.Contains("hunter2", body.GetRawText());
    }

    [Fact]
    public async Task Resolvers_get_request_scoped_services()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            g => g.AddTypeExtension<RequestIdQuery>(),
            configureServices: s => s.AddScoped<RequestId>());
        using var client = server.CreateClient();
        var first = (await (await client.PostQueryAsync("{ a: requestId b: requestId }")).JsonAsync()).GetProperty("data");
        var second = (await (await client.PostQueryAsync("{ a: requestId }")).JsonAsync()).GetProperty("data");
        Assert.Equal(first.GetProperty("a").GetString(), first.GetProperty("b").GetString());
        Assert.NotEqual(first.GetProperty("a").GetString(), second.GetProperty("a").GetString());
    }

    [Fact]
    public async Task ConfigureRequest_puts_host_data_into_the_resolver_context()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            g => g.AddTypeExtension<CallerQuery>(),
            configureHttp: o => o.ConfigureRequest = (http, data) => data["caller"] = http.Request.Headers.UserAgent.ToString());
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("report-tester/1.0");
        var data = (await (await client.PostQueryAsync("{ caller }")).JsonAsync()).GetProperty("data");
        Assert.Equal("report-tester/1.0", data.GetProperty("caller").GetString());
    }

    [Fact]
    public void AddGraphQLServer_twice_configures_the_same_server()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var a = Microsoft.Extensions.DependencyInjection.GraphQLServerServiceCollectionExtensions.AddGraphQLServer(services);
        var b = Microsoft.Extensions.DependencyInjection.GraphQLServerServiceCollectionExtensions.AddGraphQLServer(services);
        Assert.Same(a, b);
    }

    [Fact]
    public void Invalid_limits_name_the_setting()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportGraph.GraphQL.Hosting.MaxDepthRequestRule(0));
        Assert.Contains("MaxDepth must be at least 1", ex.Message);
        var cost = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportGraph.GraphQL.Hosting.MaxCostRequestRule(10, 0));
        Assert.Contains("DefaultListSize must be at least 1", cost.Message);
    }
}

/// <summary>A scoped service: one per request.</summary>
public sealed class RequestId
{
    public string Value { get; } = Guid.NewGuid().ToString("N");
}

[ReportGraph.GraphQL.Types.ExtendObjectType("Query")]
public sealed class RequestIdQuery
{
    public string RequestId([ReportGraph.GraphQL.Types.Service] RequestId id) => id.Value;
}

[ReportGraph.GraphQL.Types.ExtendObjectType("Query")]
public sealed class CallerQuery
{
    public string? Caller(ReportGraph.GraphQL.Execution.IResolverContext context) => context.ContextData.TryGetValue("caller", out var c) ? c as string : null;
}
