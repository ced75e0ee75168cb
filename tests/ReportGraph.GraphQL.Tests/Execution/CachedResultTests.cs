using System.Text.Json;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Hosting;
using ReportGraph.GraphQL.Introspection;
using ReportGraph.GraphQL.Tests.TestSchema;

namespace ReportGraph.GraphQL.Tests.Execution;

/// <summary>
/// What the engine reuses between requests of a cached document (introspection results, literal arguments, field
/// facts) must never show: every request gets the answer a fresh execution would give.
/// </summary>
public class CachedResultTests
{
    private static async Task<ExecutionResult> RunAsync(RequestExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null,
        bool? introspectionAllowed = null)
    {
        using var services = LibrarySchema.CreateServices();
        var contextData = introspectionAllowed is { } allowed
            ? new Dictionary<string, object?> { [IntrospectionAllowedRequestRule.ContextDataKey] = allowed }
            : null;
        return await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, ContextData = contextData }, services);
    }

    [Fact]
    public async Task Repeated_introspection_answers_what_an_executor_without_document_cache_answers()
    {
        var cached = LibrarySchema.CreateExecutor();
        var uncached = LibrarySchema.CreateExecutor(o => o.DocumentCacheSize = 0);
        var expected = (await RunAsync(uncached, IntrospectionQuery.Text)).ToJson();

        var first = (await RunAsync(cached, IntrospectionQuery.Text)).ToJson();
        var second = await RunAsync(cached, IntrospectionQuery.Text);
        var third = await RunAsync(cached, IntrospectionQuery.Text);

        Assert.Equal(expected, first);
        Assert.Equal(expected, second.ToJson());
        Assert.Equal(expected, third.ToJson());
        Assert.Null(third.Errors);
        // The indented form (IDE, logs) is written from the values, not from the cached compact bytes.
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(expected).RootElement),
            JsonSerializer.Serialize(JsonDocument.Parse(third.ToJson(indented: true)).RootElement));
        Assert.Contains('\n', third.ToJson(indented: true));
        // Readers of the data (not only the JSON writer) see the schema.
        var schema = Assert.IsType<ResultMap>(third.Data!["__schema"]);
        Assert.Equal("Query", Assert.IsType<ResultMap>(schema["queryType"])["name"]);
    }

    [Fact]
    public async Task A_cached_introspection_result_is_not_served_to_a_request_that_may_not_introspect()
    {
        var executor = LibrarySchema.CreateExecutor(o => o.RequestRules.Add(new IntrospectionAllowedRequestRule()));
        Assert.Null((await RunAsync(executor, IntrospectionQuery.Text, introspectionAllowed: true)).Errors);
        Assert.Null((await RunAsync(executor, IntrospectionQuery.Text, introspectionAllowed: true)).Errors);

        var refused = await RunAsync(executor, IntrospectionQuery.Text, introspectionAllowed: false);

        Assert.False(refused.HasData);
        Assert.Equal(IntrospectionAllowedRequestRule.ErrorCode, Assert.Single(refused.Errors!).Extensions!["code"]);
    }

    [Fact]
    public async Task Introspection_with_variables_or_other_root_fields_runs_each_time_with_its_own_values()
    {
        var executor = LibrarySchema.CreateExecutor();
        const string byName = "query($name: String!) { __type(name: $name) { name kind } }";
        const string mixed = "{ __typename bookTotal __type(name: \"Book\") { name } }";

        var book = (await RunAsync(executor, byName, new Dictionary<string, object?> { ["name"] = "Book" })).ToJson();
        var author = (await RunAsync(executor, byName, new Dictionary<string, object?> { ["name"] = "Author" })).ToJson();
        var before = (await RunAsync(executor, mixed)).ToJson();
        var after = (await RunAsync(executor, mixed)).ToJson();

        Assert.Equal("""{"data":{"__type":{"name":"Book","kind":"OBJECT"}}}""", book);
        Assert.Equal("""{"data":{"__type":{"name":"Author","kind":"OBJECT"}}}""", author);
        Assert.Equal("""{"data":{"__typename":"Query","bookTotal":3,"__type":{"name":"Book"}}}""", before);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Literal_arguments_coerced_once_still_answer_each_request_and_variables_stay_per_request()
    {
        var executor = LibrarySchema.CreateExecutor();
        const string literal = "{ books(first: 1) { id } more: books(first: 2) { id } }";
        const string variable = "query($n: Int) { books(first: $n) { id } }";

        for (var i = 0; i < 2; i++)
            Assert.Equal("""{"data":{"books":[{"id":"b1"}],"more":[{"id":"b1"},{"id":"b2"}]}}""", (await RunAsync(executor, literal)).ToJson());
        Assert.Equal("""{"data":{"books":[{"id":"b1"}]}}""", (await RunAsync(executor, variable, new Dictionary<string, object?> { ["n"] = 1L })).ToJson());
        Assert.Equal("""{"data":{"books":[{"id":"b1"},{"id":"b2"},{"id":"b3"}]}}""", (await RunAsync(executor, variable, new Dictionary<string, object?> { ["n"] = 3L })).ToJson());
    }

    [Fact]
    public async Task A_leaf_value_a_scalar_cannot_represent_is_a_field_error_with_its_path()
    {
        // The leaf fast path must report serialisation failures as CompleteValue does: null plus a located error.
        using var services = LibrarySchema.CreateServices();
        var executor = new RequestExecutor(new ReportGraph.GraphQL.Types.SchemaBuilder().AddQueryType<BadLeafQuery>().ModifyOptions(o => o.UseXmlDocumentation = false).Build());

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ items { count } }" }, services);

        using var json = JsonDocument.Parse(result.ToJson());
        Assert.Equal("""{"items":[{"count":1},{"count":null}]}""", json.RootElement.GetProperty("data").GetRawText());
        var error = Assert.Single(result.Errors!);
        Assert.Equal(new object[] { "items", 1, "count" }, error.Path);
        Assert.StartsWith("Int cannot represent", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A query whose second item's count is too large for Int.</summary>
    [ReportGraph.GraphQL.Types.GraphQLName("Query")]
    public sealed class BadLeafQuery
    {
        /// <summary>Two items.</summary>
        public IReadOnlyList<BadLeafItem> Items() => new[] { new BadLeafItem { Count = 1 }, new BadLeafItem { Count = long.MaxValue } };
    }

    /// <summary>An item.</summary>
    [ReportGraph.GraphQL.Types.GraphQLName("Item")]
    public sealed class BadLeafItem
    {
        /// <summary>A count, declared Int.</summary>
        [ReportGraph.GraphQL.Types.GraphQLType("Int")]
        public long Count { get; init; }
    }
}
