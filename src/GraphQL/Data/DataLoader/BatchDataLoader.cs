namespace ReportGraph.GraphQL.Data;

/// <summary>
/// Loads one value per key in batches (HotChocolate's <c>BatchDataLoader</c>), e.g. users by id. Keys the batch does not
/// return load as null.
/// </summary>
/// <example>
/// <code>
/// public sealed class UserByIdLoader(IBatchScheduler scheduler, AppDbContext db) : BatchDataLoader&lt;Guid, User&gt;(scheduler)
/// {
///     protected override async Task&lt;IReadOnlyDictionary&lt;Guid, User&gt;&gt; LoadBatchAsync(IReadOnlyList&lt;Guid&gt; keys, CancellationToken ct)
///         =&gt; await db.Users.Where(u =&gt; keys.Contains(u.Id)).ToDictionaryAsync(u =&gt; u.Id, ct);
/// }
/// </code>
/// </example>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?> where TKey : notnull
{
    /// <summary>Creates the loader on the request's scheduler.</summary>
    protected BatchDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null) : base(scheduler, options) { }

    /// <summary>Fetches the values of <paramref name="keys"/>; leave out keys that have none.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return values.ToDictionary(kv => kv.Key, kv => (TValue?)kv.Value);
    }

    /// <inheritdoc/>
    protected sealed override TValue? Missing(TKey key) => default;
}

/// <summary>
/// Loads a group of values per key in batches (HotChocolate's <c>GroupDataLoader</c>), e.g. the recipients of each
/// schedule. Keys without values load as an empty array.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]> where TKey : notnull
{
    /// <summary>Creates the loader on the request's scheduler.</summary>
    protected GroupedDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null) : base(scheduler, options) { }

    /// <summary>Fetches the values of all <paramref name="keys"/>, grouped by key (e.g. <c>rows.ToLookup(r =&gt; r.ScheduleId)</c>).</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return groups.ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <inheritdoc/>
    protected sealed override TValue[] Missing(TKey key) => Array.Empty<TValue>();
}
