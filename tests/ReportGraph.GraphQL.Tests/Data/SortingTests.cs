using ReportGraph.GraphQL.Data;

namespace ReportGraph.GraphQL.Tests.Data;

public sealed class SortingTests : IDisposable
{
    private readonly JobsDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Several_keys_become_ORDER_BY_with_THEN_BY_in_SQL()
    {
        var result = await _db.RunAsync("{ jobs(first: 6, order: [{ priority: DESC }, { name: ASC }]) { nodes { name priority } } }");
        Assert.False(result.HasErrors(), result.ToString());
        Assert.Equal(new[] { "Job 04", "Job 09", "Job 14", "Job 19", "Job 24", "Job 29" }, result.Get("data", "jobs", "nodes").Strings("name"));
        var sql = Assert.Single(_db.Sql.Commands);
        Assert.Contains("ORDER BY \"j\".\"Priority\" DESC, \"j\".\"Name\"", sql);
    }

    [Fact]
    public async Task The_requested_order_replaces_the_resolvers_default_order()
    {
        var result = await _db.RunAsync("{ jobList(order: { id: DESC }, where: { id: { lt: 4 } }) { name } }");
        Assert.Equal(new[] { "Job 03", "Job 02", "Job 01" }, result.Get("data", "jobList").Strings("name"));
    }

    [Fact]
    public async Task Sorting_by_a_nested_object_joins_in_SQL()
    {
        var result = await _db.RunAsync("{ jobs(first: 3, order: [{ owner: { email: DESC } }, { id: ASC }]) { nodes { name owner { email } } } }");
        Assert.False(result.HasErrors(), result.ToString());
        Assert.Equal(new[] { "Job 04", "Job 09", "Job 14" }, result.Get("data", "jobs", "nodes").Strings("name"));
        var sql = Assert.Single(_db.Sql.Commands);
        Assert.Contains("JOIN", sql);
        Assert.Contains("ORDER BY", sql);
    }

    [Fact]
    public async Task Pages_follow_the_requested_order()
    {
        var first = await _db.RunAsync("{ jobs(first: 2, order: [{ createdAt: DESC }]) { nodes { name } pageInfo { endCursor } } }");
        Assert.Equal(new[] { "Job 60", "Job 59" }, first.Get("data", "jobs", "nodes").Strings("name"));
        var after = first.Get("data", "jobs", "pageInfo", "endCursor").GetString();
        var second = await _db.RunAsync($"{{ jobs(first: 2, after: \"{after}\", order: [{{ createdAt: DESC }}]) {{ nodes {{ name }} }} }}");
        Assert.Equal(new[] { "Job 58", "Job 57" }, second.Get("data", "jobs", "nodes").Strings("name"));
    }

    [Fact]
    public async Task In_memory_sorting_puts_missing_nested_objects_first_ascending()
    {
        var result = await _db.RunAsync("{ memoryJobs(order: [{ owner: { name: ASC } }]) { nodes { name } } }");
        Assert.False(result.HasErrors(), result.ToString());
        Assert.Equal(new[] { "alpha", "gamma", "delta" }, result.Get("data", "memoryJobs", "nodes").Strings("name"));
    }

    [Fact]
    public async Task Two_fields_in_one_element_are_refused_because_their_order_is_ambiguous()
    {
        var result = await _db.RunAsync("{ jobList(order: [{ priority: DESC, name: ASC }]) { name } }");
        Assert.Equal(DataErrorCodes.InvalidSort, result.ErrorCode());
        Assert.Contains("order[0]", result.ErrorMessage());
        Assert.Empty(_db.Sql.Commands);
    }

    [Fact]
    public async Task Unknown_fields_and_directions_fail_validation()
    {
        var unknown = await _db.RunAsync("{ jobList(order: [{ color: ASC }]) { name } }");
        Assert.Contains("color", unknown.ErrorMessage());
        var direction = await _db.RunAsync("{ jobList(order: [{ name: UP }]) { name } }");
        Assert.Contains("UP", direction.ErrorMessage());
        var ignored = await _db.RunAsync("{ jobList(order: [{ secret: ASC }]) { name } }");
        Assert.Contains("secret", ignored.ErrorMessage());
    }
}
