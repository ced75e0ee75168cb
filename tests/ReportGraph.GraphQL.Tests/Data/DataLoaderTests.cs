using System.Collections.Concurrent;
using ReportGraph.GraphQL.Data;

namespace ReportGraph.GraphQL.Tests.Data;

public sealed class DataLoaderTests : IDisposable
{
    private readonly JobsDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Fifty_parents_with_children_cost_three_SQL_commands()
    {
        var result = await _db.RunAsync("{ jobs(first: 50) { nodes { id name tags { label } creator { email } } } }");
        Assert.False(result.HasErrors(), result.ToString());

        var nodes = result.Get("data", "jobs", "nodes").EnumerateArray().ToArray();
        Assert.Equal(50, nodes.Length);
        foreach (var node in nodes)
        {
            int id = node.GetProperty("id").GetInt32();
            Assert.Equal(Enumerable.Range(0, id % 4).Select(t => $"t{id}-{t}").ToArray(), node.GetProperty("tags").Strings("label"));
            Assert.Equal($"person{(id + 1) % 5 + 1}@example.com", node.Get("creator", "email").GetString());
        }

        // One for the page, one for all tags, one for all creators — not 1 + 50 + 50.
        Assert.Equal(3, _db.Sql.Commands.Count);
        Assert.Single(_db.Sql.Commands, c => c.Contains("\"Tags\""));
        Assert.Single(_db.Sql.Commands, c => c.Contains("\"People\""));
    }

    [Fact]
    public async Task Each_level_of_nesting_costs_one_more_SQL_command()
    {
        var result = await _db.RunAsync("{ jobs(first: 20) { nodes { tags { label job { name creator { email } } } } } }");
        Assert.False(result.HasErrors(), result.ToString());
        var tag = result.Get("data", "jobs", "nodes", 2, "tags", 1);   // job 3 has tags t3-0..t3-2
        Assert.Equal("t3-1", tag.GetProperty("label").GetString());
        Assert.Equal("Job 03", tag.Get("job", "name").GetString());
        Assert.Equal("person5@example.com", tag.Get("job", "creator", "email").GetString());
        // page, tags, jobs of the tags, creators of those jobs
        Assert.Equal(4, _db.Sql.Commands.Count);
    }

    [Fact]
    public async Task A_resolver_blocking_on_a_loader_still_gets_its_value()
    {
        // The request never looks idle while a thread blocks in it; the scheduler's watchdog dispatches anyway.
        var result = await _db.RunAsync("{ jobs(first: 2) { nodes { creatorBlocking { email } } } }");
        Assert.False(result.HasErrors(), result.ToString());
        Assert.Equal(new[] { "person3@example.com", "person4@example.com" },
            result.Get("data", "jobs", "nodes").EnumerateArray().Select(n => n.Get("creatorBlocking", "email").GetString()).ToArray());
    }

    [Fact]
    public async Task The_same_key_is_fetched_once_per_request()
    {
        // 50 jobs have only 5 distinct creators: the batch asks for each once.
        var context = new ConcurrentDictionary<string, object?>();
        await _db.RunAsync("{ jobs(first: 50) { nodes { tags { label } again: tags { label } } } }", context);
        Assert.Equal(2, _db.Sql.Commands.Count);
        var registry = Assert.IsType<DataLoaderRegistry>(context[DataLoaderRegistry.ContextKey]);
        var loader = registry.GetOrCreate<TagsByJobLoader>();
        var batch = Assert.Single(loader.Batches);
        Assert.Equal(50, batch.Count);
        Assert.Equal(50, batch.Distinct().Count());
    }

    [Fact]
    public async Task Each_request_has_its_own_loaders_and_cache()
    {
        var first = new ConcurrentDictionary<string, object?>();
        var second = new ConcurrentDictionary<string, object?>();
        await _db.RunAsync("{ jobs(first: 3) { nodes { tags { label } } } }", first);
        await _db.RunAsync("{ jobs(first: 3) { nodes { tags { label } } } }", second);
        var a = ((DataLoaderRegistry)first[DataLoaderRegistry.ContextKey]!).GetOrCreate<TagsByJobLoader>();
        var b = ((DataLoaderRegistry)second[DataLoaderRegistry.ContextKey]!).GetOrCreate<TagsByJobLoader>();
        Assert.NotSame(a, b);
        Assert.Single(a.Batches);
        Assert.Single(b.Batches);   // the second request fetched again instead of reading the first one's cache
    }

    [Fact]
    public async Task The_engine_can_trigger_a_dispatch_through_the_context_hook()
    {
        var context = new ConcurrentDictionary<string, object?>();
        await _db.RunAsync("{ jobs(first: 2) { nodes { tags { label } } } }", context);
        Assert.IsType<Action>(context[DataLoaderRegistry.DispatcherKey]);
    }

    [Fact]
    public async Task A_failing_batch_fails_each_field_that_asked_and_leaves_the_rest()
    {
        var result = await _db.RunAsync("{ jobs(first: 3) { nodes { name audit } } }");
        var errors = result.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(3, errors.Length);
        Assert.All(errors, e => Assert.Equal("audit", e.GetProperty("path")[3].GetString()));
        Assert.Equal(new[] { "Job 01", "Job 02", "Job 03" }, result.Get("data", "jobs", "nodes").Strings("name"));
        Assert.All(result.Get("data", "jobs", "nodes").EnumerateArray(), n => Assert.Equal(System.Text.Json.JsonValueKind.Null, n.GetProperty("audit").ValueKind));
    }

    [Fact]
    public async Task Missing_keys_load_as_null_or_as_an_empty_group()
    {
        var scheduler = new BatchScheduler();
        using var tracking = DataLoaderExecution.Begin(scheduler);
        var single = new DictionaryLoader(scheduler, new Dictionary<int, string> { [1] = "one" });
        var grouped = new LookupLoader(scheduler, new[] { (1, "a"), (1, "b") });

        var values = await Task.WhenAll(single.LoadAsync(1), single.LoadAsync(2));
        var groups = await Task.WhenAll(grouped.LoadAsync(1), grouped.LoadAsync(2));

        Assert.Equal(new[] { "one", null }, values);
        Assert.Equal(new[] { "a", "b" }, groups[0]);
        Assert.Empty(groups[1]);
        Assert.Equal(1, single.Fetches);
        Assert.Equal(1, grouped.Fetches);
    }

    [Fact]
    public async Task Keys_asked_for_together_are_fetched_together_and_split_by_the_batch_size()
    {
        var scheduler = new BatchScheduler();
        using var tracking = DataLoaderExecution.Begin(scheduler);
        var loader = new DictionaryLoader(scheduler, Enumerable.Range(1, 10).ToDictionary(i => i, i => $"v{i}"), new DataLoaderOptions { MaxBatchSize = 4 });
        var values = await loader.LoadAsync(Enumerable.Range(1, 10));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"v{i}"), values);
        Assert.Equal(3, loader.Fetches);   // 4 + 4 + 2
        Assert.Equal(new[] { 4, 4, 2 }, loader.BatchSizes);
    }

    [Fact]
    public async Task Primed_and_cached_values_are_not_fetched_and_removed_ones_are()
    {
        var loader = new DictionaryLoader(new BatchScheduler(), new Dictionary<int, string> { [1] = "one", [2] = "two" });
        loader.Prime(2, "primed");
        Assert.Equal("one", await loader.LoadAsync(1));
        Assert.Equal("primed", await loader.LoadAsync(2));
        Assert.Equal("one", await loader.LoadAsync(1));
        Assert.Equal(1, loader.Fetches);
        loader.Remove(1);
        Assert.Equal("one", await loader.LoadAsync(1));
        Assert.Equal(2, loader.Fetches);
    }

    [Fact]
    public async Task Without_tracking_the_fallback_still_loads_every_key()
    {
        var loader = new DictionaryLoader(new BatchScheduler(), Enumerable.Range(1, 100).ToDictionary(i => i, i => $"v{i}"));
        var values = await Task.WhenAll(Enumerable.Range(1, 100).Select(loader.LoadAsync));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"v{i}"), values);
    }

    [Fact]
    public async Task A_failed_key_is_fetched_again_when_asked_again()
    {
        var loader = new FlakyLoader(new BatchScheduler());
        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(7));
        Assert.Equal("seven", await loader.LoadAsync(7));
    }

    [Fact]
    public void A_batch_size_below_one_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DictionaryLoader(new BatchScheduler(), new(), new DataLoaderOptions { MaxBatchSize = 0 }));
        Assert.Contains("MaxBatchSize", error.Message);
    }

    private sealed class DictionaryLoader(IBatchScheduler scheduler, Dictionary<int, string> data, DataLoaderOptions? options = null)
        : BatchDataLoader<int, string>(scheduler, options)
    {
        public int Fetches;
        public List<int> BatchSizes { get; } = new();

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Fetches);
            lock (BatchSizes) BatchSizes.Add(keys.Count);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(data.ContainsKey).ToDictionary(k => k, k => data[k]));
        }
    }

    private sealed class LookupLoader(IBatchScheduler scheduler, (int Key, string Value)[] rows) : GroupedDataLoader<int, string>(scheduler)
    {
        public int Fetches;

        protected override Task<ILookup<int, string>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Fetches);
            return Task.FromResult(rows.Where(r => keys.Contains(r.Key)).ToLookup(r => r.Key, r => r.Value));
        }
    }

    private sealed class FlakyLoader(IBatchScheduler scheduler) : BatchDataLoader<int, string>(scheduler)
    {
        private int _calls;

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1) throw new InvalidOperationException("first call fails");
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, _ => "seven"));
        }
    }
}
