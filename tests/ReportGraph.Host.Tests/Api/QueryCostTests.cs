using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Tests.Api;

/// <summary>What the API costs in SQL: batched related objects, and filters and sorts that run in the database.</summary>
public sealed class QueryCostTests : IAsyncLifetime, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly ApiHost _host = new(new Dictionary<string, string?> { ["Executions:PollInterval"] = "00:10:00" });
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _recording;
    private ApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        (_client, _) = await _host.MemberAsync("ann@example.org");
        for (var i = 0; i < 50; i++)
        {
            await _client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly($"Schedule {i:00}", $"r{i}a@example.org", $"r{i}b@example.org") });
        }

        // Finished executions for ten schedules, written directly: queued ones would start the worker, whose
        // own SQL would mix into the counts.
        var dbs = _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        foreach (var scheduleId in await db.Schedules.Select(s => s.Id).Take(10).ToListAsync())
        {
            db.Executions.Add(new Execution
            {
                ScheduleId = scheduleId, Trigger = ExecutionTrigger.Manual, Status = ExecutionStatus.Succeeded,
                ScheduledFor = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow, FinishedAt = DateTimeOffset.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        _subscriptions.ForEach(s => s.Dispose());
        _host.Dispose();
        return Task.CompletedTask;
    }

    private async Task<List<string>> RecordAsync(string query)
    {
        await _client.DataAsync(query); // warm: the document is parsed and validated once
        _commands.Clear();
        _recording = true;
        await _client.DataAsync(query);
        _recording = false;
        return _commands.ToList();
    }

    [Fact]
    public async Task A_page_of_50_schedules_with_recipients_owner_and_last_execution_costs_a_fixed_small_number_of_SQL_commands()
    {
        var commands = await RecordAsync("{ schedules(first: 50) { nodes { name recipients { email } owner { email } lastExecution { status } } } }");

        // Session check (user row), the page, then one batch each for recipients, owners and last executions.
        Assert.InRange(commands.Count, 4, 6);
        Assert.Single(commands, c => c.Contains("FROM \"recipients\""));
        Assert.Single(commands, c => c.Contains("FROM \"executions\""));
    }

    [Fact]
    public async Task Filters_sorts_and_page_sizes_run_in_SQL_and_totalCount_only_when_asked()
    {
        var commands = await RecordAsync("""{ schedules(first: 5, where: { name: { startsWith: "Schedule 1" } }, order: [{ name: DESC }]) { nodes { name } pageInfo { hasNextPage } } }""");
        var page = Assert.Single(commands, c => c.Contains("FROM \"schedules\""));
        Assert.Contains("LIKE", page);
        Assert.Contains("ORDER BY", page);
        Assert.Contains("LIMIT", page);
        Assert.DoesNotContain(commands, c => c.Contains("COUNT(*)"));

        var result = await _client.DataAsync("""{ schedules(first: 5, where: { name: { startsWith: "Schedule 1" } }, order: [{ name: DESC }]) { nodes { name } totalCount pageInfo { hasNextPage endCursor } } }""");
        var schedules = result.GetProperty("schedules");
        Assert.Equal(10, schedules.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Schedule 19", "Schedule 18", "Schedule 17", "Schedule 16", "Schedule 15"],
            schedules.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray());
        Assert.True(schedules.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var next = await _client.DataAsync("query($after: String) { schedules(first: 5, after: $after, where: { name: { startsWith: \"Schedule 1\" } }, order: [{ name: DESC }]) { nodes { name } pageInfo { hasNextPage } } }",
            new { after = schedules.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        Assert.Equal("Schedule 14", next.GetProperty("schedules").GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.False(next.GetProperty("schedules").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task The_next_page_is_a_keyset_WHERE_after_the_cursor_with_a_LIMIT_and_no_OFFSET()
    {
        var first = await _client.DataAsync("{ schedules(first: 5, order: [{ nextRunAt: ASC }]) { pageInfo { endCursor } } }");
        var after = first.GetProperty("schedules").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var commands = await RecordAsync($"{{ schedules(first: 5, after: \"{after}\", order: [{{ nextRunAt: ASC }}]) {{ nodes {{ name }} pageInfo {{ hasNextPage }} }} }}");

        // nextRunAt can be null: nulls are ordered first explicitly (PostgreSQL would put them last), then the id breaks ties.
        var page = Assert.Single(commands, c => c.Contains("FROM \"schedules\""));
        Assert.Contains("\"s\".\"NextRunAt\" > @", page);
        Assert.Contains("\"s\".\"NextRunAt\" = @", page);
        Assert.Contains("\"s\".\"Id\" > @", page);
        Assert.Contains("ORDER BY \"s\".\"NextRunAt\" IS NOT NULL, \"s\".\"NextRunAt\", \"s\".\"Id\"", page);
        Assert.Contains("LIMIT @", page);
        Assert.DoesNotContain("OFFSET", page);
        Assert.DoesNotContain(commands, c => c.Contains("COUNT(*)"));
    }

    [Fact]
    public async Task The_last_page_of_the_history_reads_newest_first_backwards_without_a_COUNT()
    {
        var commands = await RecordAsync("{ executions(last: 5) { nodes { id } pageInfo { hasPreviousPage startCursor } } }");
        var page = Assert.Single(commands, c => c.Contains("FROM \"executions\""));
        Assert.Contains("ORDER BY \"e\".\"CreatedAt\", \"e\".\"Id\"", page);
        Assert.Contains("LIMIT @", page);
        Assert.DoesNotContain(commands, c => c.Contains("COUNT(*)"));

        var start = (await _client.DataAsync("{ executions(last: 5) { pageInfo { startCursor } } }")).GetProperty("executions").GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = await RecordAsync($"{{ executions(last: 5, before: \"{start}\") {{ nodes {{ id }} }} }}");
        var previousPage = Assert.Single(previous, c => c.Contains("FROM \"executions\""));
        Assert.Contains("\"e\".\"CreatedAt\" > @", previousPage);
        Assert.DoesNotContain("OFFSET", previousPage);
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_refused_with_a_code()
    {
        var body = await _client.PostAsync("{ schedules(first: 500) { nodes { name } } }");
        Assert.Equal("PAGING_MAX_PAGE_SIZE_EXCEEDED", ApiClient.FirstErrorCode(body));
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(listener.Subscribe(this));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        // Other test classes run hosts in parallel: count only commands against this host's database file.
        if (_recording && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString.Contains(_host.DataDirectory, StringComparison.Ordinal) == true)
        {
            _commands.Enqueue(data.Command.CommandText);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }
}
