namespace ReportGraph.GraphQL.Data;

/// <summary>Marks DataLoaders, for <see cref="DataLoaderResolverContextExtensions.DataLoader{T}"/>.</summary>
public interface IDataLoader { }

/// <summary>
/// Collects the keys requested during one execution tick and fetches them together; remembers each key's value for the
/// rest of the request. Create one instance per request (see <see cref="DataLoaderResolverContextExtensions"/>).
/// </summary>
/// <typeparam name="TKey">The key, e.g. a schedule id.</typeparam>
/// <typeparam name="TValue">What a key loads.</typeparam>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader, IBatchDispatchable, IRequestBoundDataLoader where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly IBatchScheduler _scheduler;
    private readonly DataLoaderOptions _options;
    private readonly Dictionary<TKey, Task<TValue>> _cache = new();
    private Dictionary<TKey, TaskCompletionSource<TValue>> _batch = new();

    /// <summary>Creates the loader on the request's scheduler.</summary>
    protected DataLoaderBase(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    {
        _scheduler = scheduler;
        _options = options ?? new DataLoaderOptions();
        if (_options.MaxBatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxBatchSize must be at least 1.");
    }

    /// <summary>Cancels fetches when the request is aborted; set when the loader is obtained through <see cref="DataLoaderResolverContextExtensions.DataLoader{T}"/>.</summary>
    protected CancellationToken RequestAborted { get; private set; }

    CancellationToken IRequestBoundDataLoader.RequestAborted { set => RequestAborted = value; }

    /// <summary>The value of one key; the fetch happens once the current tick's keys are collected.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Task<TValue> task;
        lock (_gate)
        {
            if (_options.Caching && _cache.TryGetValue(key, out var cached)) return cached;
            if (_batch.TryGetValue(key, out var waiting)) return waiting.Task;
            // Continuations run synchronously on the fetching thread: the resolvers they resume ask for their next keys
            // before that thread leaves the request, so those keys form one batch again.
            var promise = new TaskCompletionSource<TValue>();
            _batch[key] = promise;
            task = promise.Task;
            if (_options.Caching) _cache[key] = task;
        }
        // Every key tells the scheduler the burst is still going; the first also enqueues this loader.
        _scheduler.Schedule(this);
        return task;
    }

    /// <summary>The values of several keys, in the order of <paramref name="keys"/>.</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IEnumerable<TKey> keys) => await Task.WhenAll(keys.Select(LoadAsync)).ConfigureAwait(false);

    /// <summary>Puts a value in the cache (e.g. one loaded another way), unless the key is already there.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate) _cache.TryAdd(key, Task.FromResult(value));
    }

    /// <summary>Forgets a cached key (e.g. after a mutation changed it).</summary>
    public void Remove(TKey key)
    {
        lock (_gate) _cache.Remove(key);
    }

    /// <inheritdoc/>
    async Task IBatchDispatchable.DispatchAsync()
    {
        Dictionary<TKey, TaskCompletionSource<TValue>> batch;
        lock (_gate)
        {
            batch = _batch;
            _batch = new();
        }
        foreach (var chunk in batch.Keys.Chunk(_options.MaxBatchSize))
        {
            try
            {
                var values = await FetchAsync(chunk, RequestAborted).ConfigureAwait(false);
                foreach (var key in chunk)
                    batch[key].TrySetResult(values.TryGetValue(key, out var value) ? value : Missing(key));
            }
            catch (Exception ex)
            {
                lock (_gate) foreach (var key in chunk) _cache.Remove(key);   // a later request in this tick may retry
                foreach (var key in chunk)
                {
                    if (ex is OperationCanceledException && RequestAborted.IsCancellationRequested) batch[key].TrySetCanceled(RequestAborted);
                    else batch[key].TrySetException(ex);
                }
            }
        }
    }

    /// <summary>Fetches the values of <paramref name="keys"/> in one go (e.g. one SQL query with <c>IN</c>).</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the fetch did not return.</summary>
    protected abstract TValue Missing(TKey key);
}
