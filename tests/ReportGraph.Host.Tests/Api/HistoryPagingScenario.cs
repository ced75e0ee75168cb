using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Tests.Api;

/// <summary>
/// Paging through a schedule's execution history while it changes, the same on SQLite and PostgreSQL: one member's
/// schedule with 20 finished executions written directly (pairs share a creation time, so the id breaks ties; every
/// fourth has no finishedAt), read page by page over the real HTTP endpoint.
/// </summary>
public sealed class HistoryPagingScenario
{
    private const string Page = """
        query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $order: [ExecutionSortInput!]) {
          executions(scheduleId: $id, first: $first, after: $after, last: $last, before: $before, order: $order) {
            nodes { id finishedAt status }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ApiHost _host;
    private readonly ApiClient _client;
    private readonly Guid _scheduleId;

    private HistoryPagingScenario(ApiHost host, ApiClient client, Guid scheduleId)
    {
        _host = host;
        _client = client;
        _scheduleId = scheduleId;
    }

    public static async Task<HistoryPagingScenario> CreateAsync(ApiHost host)
    {
        var (client, _) = await host.MemberAsync("pat@example.org");
        await client.DataAsync(Documents.CreateSchedule, new { input = Documents.TutorWeekly("History") });
        await using var db = await host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();
        var scheduleId = await db.Schedules.Select(s => s.Id).SingleAsync();
        var scenario = new HistoryPagingScenario(host, client, scheduleId);
        await scenario.ChangeAsync(db => db.Executions.AddRange(Enumerable.Range(0, 20).Select(i => scenario.Finished(Start.AddMinutes(i / 2), i))));
        return scenario;
    }

    /// <summary>The global ids of the executions in the database's own newest-first order (the expected order).</summary>
    public async Task<List<string>> NewestFirstInDatabaseAsync()
    {
        await using var db = await CreateDbAsync();
        var ids = await db.Executions.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Select(e => e.Id).ToListAsync();
        return ids.Select(id => GlobalId.Encode("Execution", id)).ToList();
    }

    /// <summary>Inserts executions newer than all others (the head of a newest-first list).</summary>
    public Task InsertNewerAsync(int count)
        => ChangeAsync(db => db.Executions.AddRange(Enumerable.Range(0, count).Select(i => Finished(Start.AddDays(1).AddMinutes(i), i))));

    /// <summary>Deletes executions by global id, as the retention job would.</summary>
    public Task DeleteAsync(params string[] globalIds)
    {
        var keys = globalIds.Select(id => GlobalId.Require(id, "Execution", "id")).ToList();
        return ChangeAsync(db => db.Executions.RemoveRange(db.Executions.Where(e => keys.Contains(e.Id))));
    }

    /// <summary>One page forward.</summary>
    public async Task<JsonElement> FirstAsync(int first, string? after, object? order = null)
        => (await _client.DataAsync(Page, new { id = GlobalId.Encode("Schedule", _scheduleId), first, after, order })).GetProperty("executions");

    /// <summary>One page backward.</summary>
    public async Task<JsonElement> LastAsync(int last, string? before, object? order = null)
        => (await _client.DataAsync(Page, new { id = GlobalId.Encode("Schedule", _scheduleId), last, before, order })).GetProperty("executions");

    /// <summary>The raw response to a page request (for errors).</summary>
    public Task<JsonElement> PostAsync(object variables) => _client.PostAsync(Page, variables);

    public string ScheduleGlobalId => GlobalId.Encode("Schedule", _scheduleId);

    /// <summary>Reads the whole list forward, <paramref name="size"/> at a time, calling <paramref name="betweenPages"/> after each page.</summary>
    public async Task<List<JsonElement>> WalkForwardAsync(int size, object? order = null, Func<int, JsonElement, Task>? betweenPages = null)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        for (int page = 0; ; page++)
        {
            var result = await FirstAsync(size, after, order);
            nodes.AddRange(result.GetProperty("nodes").EnumerateArray());
            if (betweenPages is not null) await betweenPages(page, result);
            if (!result.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) return nodes;
            after = result.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    /// <summary>Reads the whole list backward from its end, <paramref name="size"/> at a time; returned in list order.</summary>
    public async Task<List<JsonElement>> WalkBackwardAsync(int size, object? order = null)
    {
        var nodes = new List<JsonElement>();
        string? before = null;
        while (true)
        {
            var result = await LastAsync(size, before, order);
            nodes.InsertRange(0, result.GetProperty("nodes").EnumerateArray());
            if (!result.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()) return nodes;
            before = result.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }
    }

    public static List<string> Ids(IEnumerable<JsonElement> nodes) => nodes.Select(n => n.GetProperty("id").GetString()!).ToList();

    private Execution Finished(DateTimeOffset createdAt, int i) => new()
    {
        ScheduleId = _scheduleId, Trigger = ExecutionTrigger.Scheduled, Status = i % 4 == 0 ? ExecutionStatus.Missed : ExecutionStatus.Succeeded,
        ScheduledFor = createdAt.AddSeconds(i % 2), CreatedAt = createdAt,   // one run per schedule and occurrence (unique) StartedAt = createdAt,
        FinishedAt = i % 4 == 0 ? null : Start.AddMinutes(i % 7),
    };

    private Task<ReportGraphDbContext> CreateDbAsync()
        => _host.Factory.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();

    private async Task ChangeAsync(Action<ReportGraphDbContext> change)
    {
        await using var db = await CreateDbAsync();
        change(db);
        await db.SaveChangesAsync();
    }
}
