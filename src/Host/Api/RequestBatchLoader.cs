namespace ReportGraph.Host.Api;

/// <summary>
/// Collects the keys that sibling resolvers ask for while the engine starts them, then fetches them with one
/// call and caches the answers for the rest of the request.
/// </summary>
public sealed class RequestBatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, Task<TValue>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue> Result)>? _pending;

    /// <summary>The value for <paramref name="key"/> (default when the fetch did not return it).</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var result = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            _cache[key] = result.Task;
            if (_pending is null)
            {
                _pending = [];
                _ = DispatchAsync(cancellationToken);
            }

            _pending.Add((key, result));
            return result.Task;
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        // Let the siblings started in the same pass register their keys before one fetch serves them all.
        for (var i = 0; i < 3; i++)
        {
            await Task.Yield();
        }

        List<(TKey Key, TaskCompletionSource<TValue> Result)> batch;
        lock (_cache)
        {
            batch = _pending!;
            _pending = null;
        }

        try
        {
            var values = await fetch(batch.Select(b => b.Key).Distinct().ToList(), cancellationToken);
            foreach (var (key, result) in batch)
            {
                result.TrySetResult(values.TryGetValue(key, out var value) ? value : default!);
            }
        }
        catch (Exception ex)
        {
            foreach (var (_, result) in batch)
            {
                result.TrySetException(ex);
            }
        }
    }
}
