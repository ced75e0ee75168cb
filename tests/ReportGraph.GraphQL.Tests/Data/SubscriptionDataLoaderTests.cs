using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Tests.Data;

/// <summary>Each event of a subscription reads fresh data through DataLoaders (a live progress feed must not repeat its first read).</summary>
public sealed class SubscriptionDataLoaderTests
{
    /// <summary>Counts its fetches: the value of a key is how many times it has been fetched.</summary>
    public sealed class FetchCountLoader(IBatchScheduler scheduler, FetchCounter counter) : BatchDataLoader<int, int>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, _ => counter.Next()));
    }

    public sealed class FetchCounter
    {
        private int _fetches;

        public int Next() => Interlocked.Increment(ref _fetches);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // registered with AddDataLoader: one instance per DI scope, and the subscription has one scope
    public async Task Every_event_loads_again_while_one_event_still_shares_its_batch(bool scoped)
    {
        var tick = new ObjectType("Tick")
            .AddField(new FieldDefinition("fetched", Scalars.Int, async c => await c.DataLoader<FetchCountLoader>().LoadAsync(1)))
            .AddField(new FieldDefinition("again", Scalars.Int, async c => await c.DataLoader<FetchCountLoader>().LoadAsync(1)));
        var subscription = new ObjectType("Subscription").AddField(new FieldDefinition("ticks", tick)
        {
            Subscriber = _ => ValueTask.FromResult(Ticks(3)),
        });
        var schema = new Schema(new ObjectType("Query").AddField(new FieldDefinition("ok", Scalars.Int)), subscription: subscription);
        var collection = new ServiceCollection().AddSingleton<FetchCounter>();
        if (scoped) collection.AddDataLoader<FetchCountLoader>();
        using var root = collection.BuildServiceProvider();
        using var scope = root.CreateScope();
        var services = scope.ServiceProvider;

        var events = new List<(int Fetched, int Again)>();
        await foreach (var result in new RequestExecutor(schema).SubscribeAsync(new GraphQLRequest { Query = "subscription { ticks { fetched again } }" }, services))
        {
            using var json = System.Text.Json.JsonDocument.Parse(result.ToJson());
            var data = json.RootElement.GetProperty("data").GetProperty("ticks");
            events.Add((data.GetProperty("fetched").GetInt32(), data.GetProperty("again").GetInt32()));
        }

        Assert.Equal([(1, 1), (2, 2), (3, 3)], events);
    }

    private static async IAsyncEnumerable<object?> Ticks(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new object();
        }
    }
}
