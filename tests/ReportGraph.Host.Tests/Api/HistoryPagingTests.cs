using System.Text.Json;

namespace ReportGraph.Host.Tests.Api;

/// <summary>Keyset paging of the execution history on SQLite (the same checks run on PostgreSQL in PostgresHistoryPagingTests).</summary>
public sealed class HistoryPagingTests : HistoryPagingChecks
{
    protected override ApiHost CreateHost() => new(new Dictionary<string, string?> { ["Executions:PollInterval"] = "00:10:00" });
}

/// <summary>What a user paging through a changing execution history must see, whatever the database.</summary>
public abstract class HistoryPagingChecks : IAsyncLifetime
{
    private ApiHost _host = null!;
    private HistoryPagingScenario _history = null!;

    protected abstract ApiHost CreateHost();

    public async Task InitializeAsync()
    {
        _host = CreateHost();
        _history = await HistoryPagingScenario.CreateAsync(_host);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Paging_newest_first_while_executions_are_inserted_and_deleted_returns_each_remaining_one_once_in_order()
    {
        var before = await _history.NewestFirstInDatabaseAsync();
        var seen = await _history.WalkForwardAsync(5, betweenPages: async (page, result) =>
        {
            if (page != 0) return;
            // After the first page: three newer runs arrive at the head; the retention job deletes the page's last
            // item (whose cursor the next request uses) and one not yet read.
            await _history.InsertNewerAsync(3);
            await _history.DeleteAsync(before[4], before[12]);
        });

        var expected = before.Where(id => id != before[12]).ToList();
        Assert.Equal(expected, HistoryPagingScenario.Ids(seen));
    }

    [Fact]
    public async Task Ordering_by_status_pages_through_every_execution_once_in_status_order()
    {
        // Status is an enum stored as text: such orders page with offset cursors (no keyset comparison fits).
        var all = await _history.NewestFirstInDatabaseAsync();
        var seen = await _history.WalkForwardAsync(4, order: new[] { new { status = "DESC" } });

        Assert.Equal(all.Order(StringComparer.Ordinal), HistoryPagingScenario.Ids(seen).Order(StringComparer.Ordinal));
        var statuses = seen.Select(n => n.GetProperty("status").GetString()!).ToList();
        Assert.Equal(statuses.OrderDescending(StringComparer.Ordinal), statuses);
        Assert.Contains("MISSED", statuses);
        Assert.Contains("SUCCEEDED", statuses);
    }

    [Fact]
    public async Task Paging_backward_from_the_end_returns_the_same_order_as_forward()
    {
        var forward = HistoryPagingScenario.Ids(await _history.WalkForwardAsync(3));
        var backward = HistoryPagingScenario.Ids(await _history.WalkBackwardAsync(3));
        Assert.Equal(await _history.NewestFirstInDatabaseAsync(), forward);
        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("DESC")]
    [InlineData("ASC")]
    public async Task Ordering_by_a_time_that_can_be_missing_pages_both_ways_with_missing_times_as_the_smallest(string direction)
    {
        var order = new[] { new { finishedAt = direction } };
        var forward = await _history.WalkForwardAsync(4, order);
        var backward = await _history.WalkBackwardAsync(4, order);

        Assert.Equal(20, HistoryPagingScenario.Ids(forward).Distinct().Count());
        Assert.Equal(HistoryPagingScenario.Ids(forward), HistoryPagingScenario.Ids(backward));
        var times = forward.Select(n => n.GetProperty("finishedAt").ValueKind == JsonValueKind.Null ? (DateTimeOffset?)null : n.GetProperty("finishedAt").GetDateTimeOffset()).ToList();
        var sorted = direction == "ASC" ? times.OrderBy(t => t).ToList() : times.OrderByDescending(t => t).ToList();   // null is the smallest
        Assert.Equal(sorted, times);
        Assert.Equal(5, times.Count(t => t is null));
    }

    [Fact]
    public async Task Bad_paging_arguments_are_GraphQL_errors_naming_the_argument_not_server_errors()
    {
        var id = _history.ScheduleGlobalId;
        var garbage = await _history.PostAsync(new { id, first = 5, after = "definitely-not-a-cursor" });
        Assert.Equal("PAGING_INVALID_CURSOR", ApiClient.FirstErrorCode(garbage));
        Assert.Contains("\"after\"", garbage.GetProperty("errors")[0].GetProperty("message").GetString());

        var byScheduledFor = (await _history.FirstAsync(2, null, new[] { new { scheduledFor = "ASC" } })).GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var otherOrder = await _history.PostAsync(new { id, last = 5, before = byScheduledFor });
        Assert.Equal("PAGING_INVALID_CURSOR", ApiClient.FirstErrorCode(otherOrder));
        Assert.Contains("\"before\"", otherOrder.GetProperty("errors")[0].GetProperty("message").GetString());

        Assert.Equal("PAGING_FIRST_AND_LAST", ApiClient.FirstErrorCode(await _history.PostAsync(new { id, first = 2, last = 2 })));
        Assert.Equal("PAGING_NEGATIVE_PAGE_SIZE", ApiClient.FirstErrorCode(await _history.PostAsync(new { id, first = -1 })));
        Assert.Equal("PAGING_MAX_PAGE_SIZE_EXCEEDED", ApiClient.FirstErrorCode(await _history.PostAsync(new { id, last = 101 })));

        // An order by status pages with offset cursors; a keyset cursor of the default order does not fit it.
        var newest = (await _history.FirstAsync(2, null)).GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var byStatus = await _history.PostAsync(new { id, first = 2, after = newest, order = new[] { new { status = "ASC" } } });
        Assert.Equal("PAGING_INVALID_CURSOR", ApiClient.FirstErrorCode(byStatus));
        Assert.Contains("another order", byStatus.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
