using System.Text.Json;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Introspection;

namespace ReportGraph.GraphQL.Tests.Data;

public sealed class PagingTests : IDisposable
{
    private readonly JobsDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private const string PageFields = "edges { cursor node { name } } nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    [Fact]
    public async Task Pages_forward_with_first_and_the_end_cursor()
    {
        var page1 = (await _db.RunAsync($"{{ jobs(first: 3) {{ {PageFields} }} }}")).Get("data", "jobs");
        Assert.Equal(new[] { "Job 01", "Job 02", "Job 03" }, page1.Get("nodes").Strings("name"));
        Assert.True(page1.Get("pageInfo", "hasNextPage").GetBoolean());
        Assert.False(page1.Get("pageInfo", "hasPreviousPage").GetBoolean());
        Assert.Equal(page1.Get("edges", 2, "cursor").GetString(), page1.Get("pageInfo", "endCursor").GetString());
        Assert.Equal(page1.Get("edges", 0, "cursor").GetString(), page1.Get("pageInfo", "startCursor").GetString());

        var after = page1.Get("pageInfo", "endCursor").GetString();
        var page2 = (await _db.RunAsync($"{{ jobs(first: 3, after: \"{after}\") {{ {PageFields} }} }}")).Get("data", "jobs");
        Assert.Equal(new[] { "Job 04", "Job 05", "Job 06" }, page2.Get("edges").EnumerateArray().Select(e => e.Get("node", "name").GetString()).ToArray());
        Assert.True(page2.Get("pageInfo", "hasPreviousPage").GetBoolean());
        Assert.True(page2.Get("pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task The_last_page_says_there_is_no_next_page()
    {
        var cursor = (await _db.RunAsync("{ jobs(last: 6) { edges { cursor } } }")).Get("data", "jobs", "edges", 0, "cursor").GetString();   // item 55
        var page = (await _db.RunAsync($"{{ jobs(first: 10, after: \"{cursor}\") {{ {PageFields} }} }}")).Get("data", "jobs");
        Assert.Equal(new[] { "Job 56", "Job 57", "Job 58", "Job 59", "Job 60" }, page.Get("nodes").Strings("name"));
        Assert.False(page.Get("pageInfo", "hasNextPage").GetBoolean());
        Assert.True(page.Get("pageInfo", "hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Pages_backward_with_last_and_the_start_cursor()
    {
        var last = (await _db.RunAsync($"{{ jobs(last: 2) {{ {PageFields} }} }}")).Get("data", "jobs");
        Assert.Equal(new[] { "Job 59", "Job 60" }, last.Get("nodes").Strings("name"));
        Assert.False(last.Get("pageInfo", "hasNextPage").GetBoolean());
        Assert.True(last.Get("pageInfo", "hasPreviousPage").GetBoolean());

        var before = last.Get("pageInfo", "startCursor").GetString();
        var previous = (await _db.RunAsync($"{{ jobs(last: 2, before: \"{before}\") {{ {PageFields} }} }}")).Get("data", "jobs");
        Assert.Equal(new[] { "Job 57", "Job 58" }, previous.Get("nodes").Strings("name"));
        Assert.True(previous.Get("pageInfo", "hasNextPage").GetBoolean());
        Assert.True(previous.Get("pageInfo", "hasPreviousPage").GetBoolean());

        // Going back to the start stops at the first item.
        var third = (await _db.RunAsync("{ jobs(first: 3) { pageInfo { endCursor } } }")).Get("data", "jobs", "pageInfo", "endCursor").GetString();
        var first = (await _db.RunAsync($"{{ jobs(last: 5, before: \"{third}\") {{ {PageFields} }} }}")).Get("data", "jobs");
        Assert.Equal(new[] { "Job 01", "Job 02" }, first.Get("nodes").Strings("name"));
        Assert.False(first.Get("pageInfo", "hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Cursors_of_a_backward_page_work_forward_again()
    {
        var last = (await _db.RunAsync("{ jobs(last: 3) { pageInfo { startCursor } } }")).Get("data", "jobs");
        var after = last.Get("pageInfo", "startCursor").GetString();   // "Job 58"
        var page = (await _db.RunAsync($"{{ jobs(first: 5, after: \"{after}\") {{ nodes {{ name }} }} }}")).Get("data", "jobs");
        Assert.Equal(new[] { "Job 59", "Job 60" }, page.Get("nodes").Strings("name"));
    }

    [Fact]
    public async Task Without_first_or_last_the_default_page_size_applies()
    {
        var page = (await _db.RunAsync("{ jobs { nodes { name } pageInfo { hasNextPage } } }")).Get("data", "jobs");
        Assert.Equal(10, page.Get("nodes").GetArrayLength());
        Assert.True(page.Get("pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task First_zero_returns_an_empty_page()
    {
        var page = (await _db.RunAsync($"{{ jobs(first: 0) {{ {PageFields} }} }}")).Get("data", "jobs");
        Assert.Equal(0, page.Get("nodes").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.Get("pageInfo", "endCursor").ValueKind);
        Assert.True(page.Get("pageInfo", "hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task The_page_is_one_SQL_query_with_a_limit_and_no_count_when_totalCount_is_not_selected()
    {
        await _db.RunAsync("{ jobs(first: 5) { nodes { name } pageInfo { hasNextPage } } }");
        var sql = Assert.Single(_db.Sql.Commands);
        Assert.Contains("LIMIT", sql);
        Assert.DoesNotContain("COUNT", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TotalCount_runs_a_COUNT_only_when_selected_and_counts_the_filtered_list()
    {
        var result = await _db.RunAsync("{ jobs(first: 2, where: { isActive: { eq: true } }) { totalCount nodes { name } } }");
        Assert.Equal(JobsDatabase.JobCount / 2, result.Get("data", "jobs", "totalCount").GetInt32());
        Assert.Equal(2, _db.Sql.Commands.Count);
        var count = Assert.Single(_db.Sql.Commands, c => c.Contains("COUNT", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("WHERE", count);
    }

    [Fact]
    public async Task Paging_works_on_in_memory_sequences()
    {
        var firstItem = (await _db.RunAsync("{ memoryJobs(first: 1) { pageInfo { endCursor } } }")).Get("data", "memoryJobs", "pageInfo", "endCursor").GetString();
        var page = (await _db.RunAsync("{ memoryJobs(first: 2, after: \"" + firstItem + "\") { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }")).Get("data", "memoryJobs");
        Assert.Equal(new[] { "alpha", "gamma" }, page.Get("nodes").Strings("name"));
        Assert.True(page.Get("pageInfo", "hasNextPage").GetBoolean());
        Assert.True(page.Get("pageInfo", "hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task First_above_the_maximum_is_refused_with_a_code_and_the_limit()
    {
        var result = await _db.RunAsync("{ jobs(first: 51) { nodes { name } } }");
        Assert.Equal(DataErrorCodes.MaxPageSizeExceeded, result.ErrorCode());
        Assert.Contains("at most 50", result.ErrorMessage());
        Assert.Contains("\"first\"", result.ErrorMessage());
        Assert.Equal(50, result.Get("errors", 0, "extensions", "maxPageSize").GetInt32());
        Assert.Equal(JsonValueKind.Null, result.Get("data").ValueKind);
        Assert.Empty(_db.Sql.Commands);   // refused before the resolver ran
    }

    [Fact]
    public async Task Last_above_the_maximum_is_refused()
    {
        var result = await _db.RunAsync("{ memoryJobs(last: 6) { nodes { name } } }");
        Assert.Equal(DataErrorCodes.MaxPageSizeExceeded, result.ErrorCode());
        Assert.Contains("\"last\"", result.ErrorMessage());
    }

    [Fact]
    public async Task Negative_sizes_are_refused()
    {
        var result = await _db.RunAsync("{ jobs(first: -1) { nodes { name } } }");
        Assert.Equal(DataErrorCodes.NegativePageSize, result.ErrorCode());
        Assert.Contains("0 or more", result.ErrorMessage());
        Assert.Equal("jobs", result.Get("errors", 0, "path", 0).GetString());
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var result = await _db.RunAsync("{ jobs(first: 2, last: 2) { nodes { name } } }");
        Assert.Equal(DataErrorCodes.BothFirstAndLast, result.ErrorCode());
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("aGVsbG8=")]   // base64 of "hello"
    public async Task Foreign_cursors_are_refused(string cursor)
    {
        var result = await _db.RunAsync($"{{ jobs(first: 2, after: \"{cursor}\") {{ nodes {{ name }} }} }}");
        Assert.Equal(DataErrorCodes.InvalidCursor, result.ErrorCode());
        Assert.Contains("\"after\"", result.ErrorMessage());
    }

    [Fact]
    public void The_schema_has_the_HotChocolate_connection_shape()
    {
        var sdl = SchemaPrinter.Print(JobsSchema.Instance.Value);
        foreach (var argument in new[] { "first: Int\n", "after: String\n", "last: Int\n", "before: String\n", "where: JobFilterInput\n", "order: [JobSortInput!]\n" })
            Assert.Contains(argument, sdl);
        Assert.Contains("): JobConnection!", sdl);
        Assert.Contains("type JobConnection {", sdl);
        Assert.Contains("edges: [JobEdge!]", sdl);
        Assert.Contains("nodes: [Job!]", sdl);
        Assert.Contains("pageInfo: PageInfo!", sdl);
        Assert.Contains("totalCount: Int!", sdl);
        Assert.Contains("type JobEdge {", sdl);
        Assert.Contains("cursor: String!", sdl);
        Assert.Contains("type PageInfo {", sdl);
        Assert.Contains("hasPreviousPage: Boolean!", sdl);
    }

    [Fact]
    public void Paging_a_field_that_is_not_a_sequence_fails_the_build_naming_the_field()
    {
        var error = Assert.Throws<ReportGraph.GraphQL.Types.SchemaBuilderException>(() =>
            new ReportGraph.GraphQL.Types.SchemaBuilder().AddQueryType<NotASequence>().Build());
        Assert.Contains("Query.count", error.Message);
        Assert.Contains("IQueryable<T>", error.Message);
    }

    [Fact]
    public void Offset_cursors_round_trip()
    {
        Assert.Equal(42, OffsetCursor.Decode(OffsetCursor.Encode(42), "after"));
    }

    [Fact]
    public async Task Fields_without_a_unique_key_page_with_offset_cursors()
    {
        var page = (await _db.RunAsync($"{{ offsetJobs(first: 2, after: \"{OffsetCursor.Encode(54)}\") {{ {PageFields} }} }}")).Get("data", "offsetJobs");
        Assert.Equal(new[] { "Job 56", "Job 57" }, page.Get("nodes").Strings("name"));
        Assert.Equal(OffsetCursor.Encode(56), page.Get("pageInfo", "endCursor").GetString());
        var last = (await _db.RunAsync($"{{ offsetJobs(last: 2, before: \"{OffsetCursor.Encode(2)}\") {{ {PageFields} }} }}")).Get("data", "offsetJobs");
        Assert.Equal(new[] { "Job 01", "Job 02" }, last.Get("nodes").Strings("name"));
        var foreign = await _db.RunAsync("{ offsetJobs(first: 2, after: \"aGVsbG8=\") { nodes { name } } }");
        Assert.Equal(DataErrorCodes.InvalidCursor, foreign.ErrorCode());
    }

    public sealed class NotASequence
    {
        [UsePaging]
        public int GetCount() => 3;
    }
}
