using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Hosting;
using ReportGraph.GraphQL.Tests.Conformance;
using ReportGraph.GraphQL.Tests.TestSchema;
using ReportGraph.GraphQL.Tests.Validation;

namespace ReportGraph.GraphQL.Tests.Hosting;

/// <summary>
/// The server's request rules measured once per fragment (issue 10) and the depth limit that leaves introspection to
/// its own rule and reports the real depth (issue 12).
/// </summary>
public sealed class RequestRuleTests
{
    private static RequestExecutor Executor(params IRequestRule[] rules) => LibrarySchema.CreateExecutor(o =>
    {
        o.DocumentCacheSize = 0;
        foreach (var rule in rules) o.RequestRules.Add(rule);
    });

    private static ExecutionResult Run(RequestExecutor executor, string query, bool introspectionAllowed = true)
        => HostileDocumentCpuTests.Run(executor, query, introspectionAllowed).Result;

    private static string Message(ExecutionResult result) => Assert.Single(result.Errors!).Message;

    [Fact]
    public void Depth_message_reports_the_real_depth()
    {
        // 20 nested fields and the leaf inside them: 21 levels (the old rule stopped counting at the limit + 1).
        var result = Run(Executor(new MaxDepthRequestRule(3)), HostileDocuments.NestedSelections(20));
        Assert.Equal("The operation has a depth of 21, more than the allowed maximum of 3.", Message(result));
    }

    [Fact]
    public void Depth_is_measured_through_fragments_and_inline_fragments()
    {
        const string query = "{ books { ...B } } fragment B on Book { ... on Book { author { ...A } } } fragment A on Author { books { title } }";
        Assert.Equal("The operation has a depth of 4, more than the allowed maximum of 3.", Message(Run(Executor(new MaxDepthRequestRule(3)), query)));
        Assert.Equal(RequestStatus.Executed, Run(Executor(new MaxDepthRequestRule(4)), query).Status);
    }

    [Fact]
    public void Depth_of_a_fragment_spread_at_several_levels_counts_the_deepest()
    {
        const string query = "{ books { ...B author { books { ...B } } } } fragment B on Book { author { name } }";
        Assert.Equal("The operation has a depth of 5, more than the allowed maximum of 4.", Message(Run(Executor(new MaxDepthRequestRule(4)), query)));
    }

    [Fact]
    public void Fragment_cycles_do_not_hang_the_rules_when_validation_is_off()
    {
        var executor = LibrarySchema.CreateExecutor(o =>
        {
            o.Validator = null;
            o.DocumentCacheSize = 0;
            o.RequestRules.Add(new MaxDepthRequestRule(12));
            o.RequestRules.Add(new MaxCostRequestRule(20_000));
        });
        var (result, cpu) = HostileDocumentCpuTests.Run(executor, HostileDocuments.FragmentCycle(64) + " fragment X on Book { title author { books { ...X } } }", true);
        Assert.True(cpu < TimeSpan.FromMilliseconds(200), $"{cpu.TotalMilliseconds:0} ms of CPU.");
        Assert.NotNull(result);
    }

    [Fact]
    public void Introspection_fields_do_not_count_towards_the_depth()
    {
        var result = Run(Executor(new MaxDepthRequestRule(2)), "{ __schema { types { fields { type { ofType { ofType { name } } } } } } books { title } }");
        Assert.Equal(RequestStatus.Executed, result.Status);
        var typeResult = Run(Executor(new MaxDepthRequestRule(1)), "{ __type(name: \"Book\") { fields { type { ofType { name } } } } }");
        Assert.Equal(RequestStatus.Executed, typeResult.Status);
    }

    [Fact]
    public void Introspection_keeps_its_own_depth_rule()
    {
        var result = Run(Executor(new MaxDepthRequestRule(12)), "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        Assert.Equal("Maximum introspection depth exceeded", Message(result));
    }

    [Fact]
    public async Task Every_graphql_js_introspection_query_passes_the_host_limits()
    {
        var queries = await NodeScript.RunAsync("introspection-queries.mjs", TimeSpan.FromSeconds(60));
        Assert.Equal(64, queries.GetArrayLength());
        var executor = HostileDocumentCpuTests.HostLikeExecutor();
        foreach (var entry in queries.EnumerateArray())
        {
            var result = Run(executor, entry.GetProperty("query").GetString()!, introspectionAllowed: true);
            Assert.True(result.Status == RequestStatus.Executed && result.Errors is null or { Count: 0 },
                $"{entry.GetProperty("options")}: {string.Join("; ", result.Errors?.Select(e => e.Message) ?? [])}");
        }
    }

    [Theory]
    [InlineData("{ books(first: 2) { title author { name } } }", 7)]
    [InlineData("{ authors { name books { title } } }", 121)]
    [InlineData("{ books(first: 3) { ...B } } fragment B on Book { title author { ...A } } fragment A on Author { name books(first: 2) { title } }", 1 + 3 * (1 + 1 + 1 + 1 + 2))]
    [InlineData("{ ...Q ...Q } fragment Q on Query { books(first: 5) { title } }", 2 * 6)]
    public void Cost_is_summed_once_per_fragment_and_multiplied_at_each_spread(string query, long expected)
    {
        var result = Run(Executor(new MaxCostRequestRule(1)), query);
        var error = Assert.Single(result.Errors!);
        Assert.Equal($"The operation has an estimated cost of {expected}, more than the allowed maximum of 1.", error.Message);
        Assert.Equal(expected, Convert.ToInt64(error.Extensions!["cost"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Cost_past_the_range_of_a_long_is_refused_without_an_overflow()
    {
        var result = Run(Executor(new MaxCostRequestRule(20_000)), HostileDocuments.ChainedFragments(64, "Book", "title author { name }", "{ books(first: 1000000000) { ...F0 } }"));
        Assert.Equal(RequestStatus.ValidationError, result.Status);
        Assert.Contains("more than the allowed maximum of 20000", Message(result));
    }
}
