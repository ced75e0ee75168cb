using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ReportGraph.GraphQL.Data;

namespace ReportGraph.GraphQL.Tests.Data;

/// <summary>Keyset cursors on SQLite (jobs) and in memory (memoryJobs): whole walks, concurrent changes, the SQL, bad cursors.</summary>
public sealed class KeysetPagingTests : IDisposable
{
    private readonly JobsDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>Orders with what the list must look like: nulls are the smallest value; the id breaks ties in the last key's direction.</summary>
    private static readonly Dictionary<string, (string Order, Func<IEnumerable<Job>, IEnumerable<Job>> Expected)> Orders = new()
    {
        ["resolver default"] = ("", jobs => jobs.OrderBy(j => j.Id)),
        ["one key with duplicates ascending"] = ("order: [{ priority: ASC }]", jobs => jobs.OrderBy(j => j.Priority).ThenBy(j => j.Id)),
        ["two keys with duplicates, mixed directions"] = ("order: [{ priority: DESC }, { isActive: ASC }]",
            jobs => jobs.OrderByDescending(j => j.Priority).ThenBy(j => j.IsActive).ThenBy(j => j.Id)),
        ["nullable text ascending (nulls first)"] = ("order: [{ note: ASC }]",
            jobs => jobs.OrderBy(j => j.Note, StringComparer.Ordinal).ThenBy(j => j.Id)),
        ["nullable text descending (nulls last)"] = ("order: [{ note: DESC }]",
            jobs => jobs.OrderByDescending(j => j.Note, StringComparer.Ordinal).ThenByDescending(j => j.Id)),
        ["date descending"] = ("order: [{ createdAt: DESC }]", jobs => jobs.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)),
        ["nested object through a join"] = ("order: [{ owner: { email: DESC } }, { title: ASC }]",
            jobs => jobs.OrderByDescending(j => j.Owner!.Email, StringComparer.Ordinal).ThenBy(j => j.Headline, StringComparer.Ordinal).ThenBy(j => j.Id)),
        ["enum descending (paged with offset cursors)"] = ("order: [{ kind: DESC }]", jobs => jobs.OrderByDescending(j => j.Kind).ThenByDescending(j => j.Id)),
    };

    public static TheoryData<string> OrderNames => new(Orders.Keys);

    [Theory]
    [MemberData(nameof(OrderNames))]
    public async Task Paging_forward_returns_every_item_once_in_order(string name)
    {
        var (order, expected) = Orders[name];
        var ids = new List<int>();
        string? after = null;
        int pages = 0;
        while (true)
        {
            var page = await PageAsync($"first: 7{After(after)} {order}");
            ids.AddRange(page.Get("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(after is not null, page.Get("pageInfo", "hasPreviousPage").GetBoolean());
            pages++;
            if (!page.Get("pageInfo", "hasNextPage").GetBoolean()) break;
            after = page.Get("pageInfo", "endCursor").GetString();
        }
        Assert.Equal(expected(_db.AllJobs()).Select(j => j.Id), ids);
        Assert.Equal(9, pages);   // 60 items, 7 a page
    }

    [Theory]
    [MemberData(nameof(OrderNames))]
    public async Task Paging_backward_from_the_end_returns_every_item_once_in_order(string name)
    {
        var (order, expected) = Orders[name];
        var ids = new List<int>();
        string? before = null;
        while (true)
        {
            var page = await PageAsync($"last: 7{(before is null ? "" : $", before: \"{before}\"")} {order}");
            ids.InsertRange(0, page.Get("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(before is not null, page.Get("pageInfo", "hasNextPage").GetBoolean());
            if (!page.Get("pageInfo", "hasPreviousPage").GetBoolean()) break;
            before = page.Get("pageInfo", "startCursor").GetString();
        }
        Assert.Equal(expected(_db.AllJobs()).Select(j => j.Id), ids);
    }

    [Fact]
    public async Task Items_inserted_at_the_head_and_deleted_elsewhere_between_two_pages_cause_no_repeats_or_skips()
    {
        const string newestFirst = "order: [{ createdAt: DESC }]";
        var page1 = await PageAsync($"first: 5 {newestFirst}");
        Assert.Equal(new[] { 60, 59, 58, 57, 56 }, Ids(page1));

        // Meanwhile: two newer jobs arrive at the head, one already seen and one not yet seen are deleted.
        _db.Change(db =>
        {
            db.Jobs.Add(new Job { Id = 61, Name = "Job 61", CreatedAt = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), OwnerId = 1, CreatorId = 1 });
            db.Jobs.Add(new Job { Id = 62, Name = "Job 62", CreatedAt = new DateTime(2026, 6, 2, 0, 0, 0, DateTimeKind.Utc), OwnerId = 1, CreatorId = 1 });
            db.Jobs.Remove(db.Jobs.Single(j => j.Id == 57));
            db.Jobs.Remove(db.Jobs.Single(j => j.Id == 54));
        });

        var page2 = await PageAsync($"first: 5{After(page1.Get("pageInfo", "endCursor").GetString())} {newestFirst}");
        Assert.Equal(new[] { 55, 53, 52, 51, 50 }, Ids(page2));

        // The cursor of a deleted item still marks its place: 56's cursor after 56 itself was deleted.
        _db.Change(db => db.Jobs.Remove(db.Jobs.Single(j => j.Id == 56)));
        var again = await PageAsync($"first: 2{After(page1.Get("edges", 4, "cursor").GetString())} {newestFirst}");
        Assert.Equal(new[] { 55, 53 }, Ids(again));

        // Backward from page 2's start reaches the new head.
        var back = await PageAsync($"last: 10, before: \"{page2.Get("pageInfo", "startCursor").GetString()}\" {newestFirst}");
        Assert.Equal(new[] { 62, 61, 60, 59, 58 }, Ids(back));
        Assert.False(back.Get("pageInfo", "hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task The_page_is_one_SQL_query_with_the_keyset_in_WHERE_a_LIMIT_and_no_OFFSET()
    {
        var page1 = await PageAsync("first: 5, order: [{ priority: DESC }]");
        var after = page1.Get("pageInfo", "endCursor").GetString();
        await PageAsync($"first: 5{After(after)}, order: [{{ priority: DESC }}]");

        var sql = Assert.Single(_db.Sql.Commands);
        Assert.Contains("WHERE \"j\".\"Priority\" < @", sql);
        Assert.Contains("OR (\"j\".\"Priority\" = @", sql);
        Assert.Contains("AND \"j\".\"Id\" < @", sql);   // the tiebreaker follows the last key's direction
        Assert.Contains("ORDER BY \"j\".\"Priority\" DESC, \"j\".\"Id\" DESC", sql);
        Assert.Contains("LIMIT @", sql);
        Assert.DoesNotContain("OFFSET", sql);
    }

    [Fact]
    public async Task Last_without_before_reads_the_order_backwards_without_a_COUNT()
    {
        var page = await PageAsync("last: 3");
        Assert.Equal(new[] { 58, 59, 60 }, Ids(page));
        var sql = Assert.Single(_db.Sql.Commands);
        Assert.Contains("ORDER BY \"j\".\"Id\" DESC", sql);
        Assert.DoesNotContain("COUNT", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("OFFSET", sql);
    }

    [Fact]
    public async Task A_nullable_key_is_ordered_with_nulls_first_explicitly_so_every_database_agrees()
    {
        await PageAsync("first: 3, order: [{ note: ASC }]");
        var sql = Assert.Single(_db.Sql.Commands);
        Assert.Contains("ORDER BY \"j\".\"Note\" IS NOT NULL, \"j\".\"Note\", \"j\".\"Id\"", sql);
    }

    [Fact]
    public async Task TotalCount_counts_the_filtered_list_whatever_the_cursor()
    {
        var page1 = await PageAsync("first: 2, where: { isActive: { eq: true } }");
        var result = await _db.RunAsync($"{{ jobs(first: 2{After(page1.Get("pageInfo", "endCursor").GetString())}, where: {{ isActive: {{ eq: true }} }}) {{ totalCount nodes {{ id }} }} }}");
        Assert.Equal(30, result.Get("data", "jobs", "totalCount").GetInt32());
        Assert.Equal(new[] { 6, 8 }, Ids(result.Get("data", "jobs")));
    }

    [Fact]
    public async Task In_memory_lists_page_with_keyset_cursors_too()
    {
        var all = new List<string>();
        string? after = null;
        do
        {
            var result = await _db.RunAsync($"{{ memoryJobs(first: 1{After(after)}, order: [{{ owner: {{ name: ASC }} }}]) {{ nodes {{ name }} pageInfo {{ hasNextPage endCursor }} }} }}");
            Assert.False(result.HasErrors(), result.ToString());
            var page = result.Get("data", "memoryJobs");
            all.AddRange(page.Get("nodes").Strings("name"));
            after = page.Get("pageInfo", "hasNextPage").GetBoolean() ? page.Get("pageInfo", "endCursor").GetString() : null;
        }
        while (after is not null);
        // alpha has no owner (null sorts first), then Ann, Max, Zoe.
        Assert.Equal(new[] { "alpha", "gamma", "delta", "beta" }, all);
    }

    [Theory]
    [InlineData("after", "not a cursor!")]
    [InlineData("before", "aGVsbG8")]                                           // base64url of "hello"
    [InlineData("after", "b2Zmc2V0OjM=")]                                      // an offset cursor ("offset:3")
    public async Task Garbage_cursors_are_refused_naming_the_argument(string argument, string cursor)
    {
        var result = await _db.RunAsync($"{{ jobs(first: 2, {argument}: \"{cursor}\") {{ nodes {{ id }} }} }}");
        Assert.Equal(DataErrorCodes.InvalidCursor, result.ErrorCode());
        Assert.Contains($"\"{argument}\"", result.ErrorMessage());
        Assert.Equal(argument, result.Get("errors", 0, "extensions", "argument").GetString());
        Assert.Empty(_db.Sql.Commands);   // refused before the resolver ran
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        var cursor = (await PageAsync("first: 2, order: [{ name: ASC }]")).Get("pageInfo", "endCursor").GetString();
        var result = await _db.RunAsync($"{{ jobs(first: 2, before: \"{cursor}\", order: [{{ name: DESC }}]) {{ nodes {{ id }} }} }}");
        Assert.Equal(DataErrorCodes.InvalidCursor, result.ErrorCode());
        Assert.Contains("\"before\"", result.ErrorMessage());
        Assert.Contains("another order", result.ErrorMessage());
    }

    [Fact]
    public async Task Tampered_cursors_and_cursors_of_another_version_are_refused()
    {
        var cursor = (await PageAsync("first: 2")).Get("pageInfo", "endCursor").GetString()!;
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));

        var wrongType = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.Replace("[2]", "[\"two\"]", StringComparison.Ordinal)));
        var tampered = await _db.RunAsync($"{{ jobs(first: 2, after: \"{wrongType}\") {{ nodes {{ id }} }} }}");
        Assert.Equal(DataErrorCodes.InvalidCursor, tampered.ErrorCode());

        var missingKey = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.Replace("[2]", "[]", StringComparison.Ordinal)));
        Assert.Equal(DataErrorCodes.InvalidCursor, (await _db.RunAsync($"{{ jobs(first: 2, after: \"{missingKey}\") {{ nodes {{ id }} }} }}")).ErrorCode());

        var nextVersion = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.Replace("\"v\":1", "\"v\":2", StringComparison.Ordinal)));
        var old = await _db.RunAsync($"{{ jobs(first: 2, after: \"{nextVersion}\") {{ nodes {{ id }} }} }}");
        Assert.Equal(DataErrorCodes.InvalidCursor, old.ErrorCode());
        Assert.Contains("another version", old.ErrorMessage());

        // An untouched cursor still works, so the edits above were what was refused.
        Assert.Equal(new[] { 3, 4 }, Ids((await _db.RunAsync($"{{ jobs(first: 2, after: \"{cursor}\") {{ nodes {{ id }} }} }}")).Get("data", "jobs")));
    }

    [Fact]
    public async Task An_order_by_an_enum_pages_with_offset_cursors_that_other_orders_refuse()
    {
        // Enums may be stored as text (sorted by name in SQL) or numbers: no keyset comparison fits both, offsets do.
        var byKind = await PageAsync("first: 3, order: [{ kind: ASC }]");
        var offsetCursor = byKind.Get("pageInfo", "endCursor").GetString()!;
        Assert.StartsWith("offset:", Encoding.UTF8.GetString(Convert.FromBase64String(offsetCursor)), StringComparison.Ordinal);
        var keysetCursor = (await PageAsync("first: 3")).Get("pageInfo", "endCursor").GetString()!;

        var keysetWithEnumOrder = await _db.RunAsync($"{{ jobs(first: 2, after: \"{keysetCursor}\", order: [{{ kind: ASC }}]) {{ nodes {{ id }} }} }}");
        Assert.Equal(DataErrorCodes.InvalidCursor, keysetWithEnumOrder.ErrorCode());
        Assert.Contains("another order", keysetWithEnumOrder.ErrorMessage());

        var offsetWithDefaultOrder = await _db.RunAsync($"{{ jobs(first: 2, before: \"{offsetCursor}\") {{ nodes {{ id }} }} }}");
        Assert.Equal(DataErrorCodes.InvalidCursor, offsetWithDefaultOrder.ErrorCode());
        Assert.Equal("before", offsetWithDefaultOrder.Get("errors", 0, "extensions", "argument").GetString());
    }

    [Fact]
    public void A_unique_key_that_is_not_a_property_fails_the_build_naming_the_field()
    {
        var error = Assert.Throws<ReportGraph.GraphQL.Types.SchemaBuilderException>(() =>
            new ReportGraph.GraphQL.Types.SchemaBuilder().AddQueryType<WrongUniqueKey>().Build());
        Assert.Contains("Query.items", error.Message);
        Assert.Contains("\"Nope\"", error.Message);
    }

    public sealed class WrongUniqueKey
    {
        [UsePaging(UniqueKey = "Nope")]
        public IEnumerable<Job> GetItems() => MemoryJobs.All;
    }

    private async Task<JsonElement> PageAsync(string arguments)
    {
        var result = await _db.RunAsync($"{{ jobs({arguments}) {{ edges {{ cursor }} nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}");
        Assert.False(result.HasErrors(), result.ToString());
        return result.Get("data", "jobs");
    }

    private static string After(string? cursor) => cursor is null ? "" : $", after: \"{cursor}\"";

    private static int[] Ids(JsonElement page) => page.Get("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray();
}
