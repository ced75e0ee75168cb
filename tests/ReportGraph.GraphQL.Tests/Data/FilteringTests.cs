using ReportGraph.GraphQL.Data;

namespace ReportGraph.GraphQL.Tests.Data;

public sealed class FilteringTests : IDisposable
{
    private readonly JobsDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private async Task<string[]> NamesAsync(string where, string field = "jobList")
    {
        var result = await _db.RunAsync($"{{ {field}(where: {where}) {{ name }} }}");
        Assert.False(result.HasErrors(), result.ToString());
        return result.Get("data", field).Strings("name");
    }

    private static string[] Jobs(params int[] ids) => ids.Select(i => $"Job {i:00}").ToArray();

    private static string[] JobsWhere(Func<int, bool> predicate) => Enumerable.Range(1, JobsDatabase.JobCount).Where(predicate).Select(i => $"Job {i:00}").ToArray();

    [Fact]
    public async Task String_and_boolean_conditions_become_a_SQL_WHERE()
    {
        var names = await NamesAsync("{ name: { contains: \"1\" }, isActive: { eq: true } }");
        Assert.Equal(JobsWhere(i => $"{i:00}".Contains('1') && i % 2 == 0), names);
        var sql = Assert.Single(_db.Sql.Commands);
        Assert.Contains("WHERE", sql);
        Assert.Contains("instr", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"IsActive\"", sql);
    }

    [Fact]
    public async Task Values_are_sent_as_SQL_parameters_not_literals()
    {
        await NamesAsync("{ name: { eq: \"Job 07\" } }");
        var sql = Assert.Single(_db.Sql.Commands);
        Assert.DoesNotContain("Job 07", sql);
        Assert.Contains("@", sql);
    }

    [Theory]
    [InlineData("{ name: { startsWith: \"Job 5\" } }", new[] { 50, 51, 52, 53, 54, 55, 56, 57, 58, 59 })]
    [InlineData("{ name: { endsWith: \"9\" } }", new[] { 9, 19, 29, 39, 49, 59 })]
    [InlineData("{ name: { in: [\"Job 03\", \"Job 44\", \"nope\"] } }", new[] { 3, 44 })]
    [InlineData("{ priority: { gt: 3 }, id: { lte: 20 } }", new[] { 4, 9, 14, 19 })]
    [InlineData("{ priority: { gte: 4 }, id: { lt: 10 } }", new[] { 4, 9 })]
    [InlineData("{ id: { in: [1, 2, 3] }, priority: { neq: 2 } }", new[] { 1, 3 })]
    [InlineData("{ note: { eq: null } }", new[] { 10, 20, 30, 40, 50, 60 })]
    [InlineData("{ kind: { eq: MONTHLY }, id: { lt: 10 } }", new[] { 2, 5, 8 })]
    [InlineData("{ kind: { in: [DAILY, WEEKLY] }, id: { lt: 5 } }", new[] { 1, 3, 4 })]
    [InlineData("{ createdAt: { gte: \"2026-02-25T00:00:00Z\" } }", new[] { 55, 56, 57, 58, 59, 60 })]
    [InlineData("{ owner: { email: { eq: \"person3@example.com\" } }, id: { lt: 20 } }", new[] { 2, 7, 12, 17 })]
    [InlineData("{ title: { eq: \"Headline 12\" } }", new[] { 12 })]
    [InlineData("{ or: [{ id: { eq: 1 } }, { id: { eq: 60 } }] }", new[] { 1, 60 })]
    [InlineData("{ and: [{ id: { gt: 10 } }, { id: { lt: 13 } }] }", new[] { 11, 12 })]
    [InlineData("{ or: [{ id: { lt: 3 } }, { and: [{ id: { gt: 58 } }, { isActive: { eq: true } }] }] }", new[] { 1, 2, 60 })]
    public async Task Operators_select_the_right_rows(string where, int[] expected)
    {
        Assert.Equal(Jobs(expected), await NamesAsync(where));
        Assert.Contains("WHERE", Assert.Single(_db.Sql.Commands));
    }

    [Fact]
    public async Task Nin_and_ncontains_exclude_rows()
    {
        Assert.Equal(Jobs(4, 5), await NamesAsync("{ id: { nin: [1, 2, 3], lt: 6 } }"));
        Assert.Equal(JobsWhere(i => i < 20 && !$"{i:00}".Contains('1')), await NamesAsync("{ name: { ncontains: \"1\" }, id: { lt: 20 } }"));
    }

    [Theory]
    [InlineData("{ id: { ngt: 3 } }", new[] { 1, 2, 3 })]
    [InlineData("{ id: { ngte: 3 } }", new[] { 1, 2 })]
    [InlineData("{ id: { nlt: 58 } }", new[] { 58, 59, 60 })]
    [InlineData("{ id: { nlte: 58 } }", new[] { 59, 60 })]
    [InlineData("{ name: { nstartsWith: \"Job 0\" }, id: { lt: 12 } }", new[] { 10, 11 })]
    [InlineData("{ name: { nendsWith: \"1\" }, id: { lt: 4 } }", new[] { 2, 3 })]
    public async Task Negated_operators_exclude_what_the_operator_selects(string where, int[] expected)
    {
        Assert.Equal(Jobs(expected), await NamesAsync(where));
        Assert.Contains("WHERE", Assert.Single(_db.Sql.Commands));
    }

    [Theory]
    [InlineData("{ id: { or: [{ lt: 3 }, { gt: 58 }] } }", new[] { 1, 2, 59, 60 })]
    [InlineData("{ id: { and: [{ gt: 10 }, { lt: 13 }] } }", new[] { 11, 12 })]
    [InlineData("{ name: { or: [{ endsWith: \"07\" }, { startsWith: \"Job 6\" }] } }", new[] { 7, 60 })]
    [InlineData("{ id: { lt: 5, or: [{ eq: 1 }, { eq: 4 }] } }", new[] { 1, 4 })]
    [InlineData("{ id: { or: null, lt: 3 } }", new[] { 1, 2 })]
    public async Task And_and_or_combine_conditions_on_one_value(string where, int[] expected)
    {
        Assert.Equal(Jobs(expected), await NamesAsync(where));
        Assert.Contains("WHERE", Assert.Single(_db.Sql.Commands));
    }

    [Fact]
    public async Task Filters_run_before_paging()
    {
        var result = await _db.RunAsync("{ jobs(first: 2, where: { priority: { eq: 0 } }) { nodes { name } pageInfo { hasNextPage } } }");
        Assert.Equal(Jobs(5, 10), result.Get("data", "jobs", "nodes").Strings("name"));
        Assert.True(result.Get("data", "jobs", "pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task In_memory_filters_skip_missing_nested_objects_instead_of_failing()
    {
        var result = await _db.RunAsync("{ memoryJobs(where: { owner: { name: { startsWith: \"A\" } } }) { nodes { name } } }");
        Assert.False(result.HasErrors(), result.ToString());
        Assert.Equal(new[] { "gamma" }, result.Get("data", "memoryJobs", "nodes").Strings("name"));
        var notes = await _db.RunAsync("{ memoryJobs(where: { note: { contains: \"note\" } }) { nodes { name } } }");
        Assert.Equal(new[] { "delta" }, notes.Get("data", "memoryJobs", "nodes").Strings("name"));
    }

    [Fact]
    public async Task An_empty_filter_returns_everything()
    {
        Assert.Equal(JobsDatabase.JobCount, (await NamesAsync("{ }")).Length);
        Assert.DoesNotContain("WHERE", Assert.Single(_db.Sql.Commands));
    }

    [Fact]
    public async Task In_with_null_is_refused_naming_the_field()
    {
        var result = await _db.RunAsync("{ jobList(where: { name: { in: null } }) { name } }");
        Assert.Equal(DataErrorCodes.InvalidFilter, result.ErrorCode());
        Assert.Contains("where.name.in", result.ErrorMessage());
        Assert.Empty(_db.Sql.Commands);
    }

    [Fact]
    public async Task Comparisons_with_null_are_refused()
    {
        var result = await _db.RunAsync("{ jobList(where: { priority: { gt: null } }) { name } }");
        Assert.Equal(DataErrorCodes.InvalidFilter, result.ErrorCode());
        Assert.Contains("where.priority.gt", result.ErrorMessage());
    }

    [Fact]
    public async Task Unknown_fields_and_operators_fail_validation()
    {
        var unknownField = await _db.RunAsync("{ jobList(where: { color: { eq: \"red\" } }) { name } }");
        Assert.Contains("color", unknownField.ErrorMessage());
        var wrongOperator = await _db.RunAsync("{ jobList(where: { isActive: { gt: true } }) { name } }");
        Assert.Contains("gt", wrongOperator.ErrorMessage());
        Assert.Empty(_db.Sql.Commands);
    }

    [Fact]
    public async Task Ignored_properties_cannot_be_filtered_but_are_still_shown()
    {
        var result = await _db.RunAsync("{ jobList(where: { secret: { eq: \"secret 1\" } }) { name } }");
        Assert.True(result.HasErrors());
        var shown = await _db.RunAsync("{ jobs(first: 1) { nodes { secret } } }");
        Assert.Equal("secret 1", shown.Get("data", "jobs", "nodes", 0, "secret").GetString());
    }
}
