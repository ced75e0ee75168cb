using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace ReportGraph.GraphQL.Data;

/// <summary>The DataLoaders of one request, kept in the request's context data.</summary>
internal sealed class DataLoaderRegistry
{
    /// <summary>The context data key of the registry.</summary>
    public const string ContextKey = "ReportGraph.Data.DataLoaders";

    /// <summary>The context data key of an <see cref="Action"/> that fetches pending batches now (for an engine that knows it is idle).</summary>
    public const string DispatcherKey = "ReportGraph.Data.BatchDispatcher";

    private readonly ConcurrentDictionary<Type, Lazy<IDataLoader>> _loaders = new();
    private readonly IServiceProvider _services;
    private readonly bool _useScopedLoaders;

    /// <param name="services">The request's services.</param>
    /// <param name="useScopedLoaders">
    /// False for a subscription event: a scoped loader lives as long as the subscription's scope, and its cache would
    /// give every event the first event's data.
    /// </param>
    public DataLoaderRegistry(IServiceProvider services, bool useScopedLoaders = true)
    {
        _services = services;
        _useScopedLoaders = useScopedLoaders;
        // One scheduler per request: the DI-scoped one when the host registered it (so loaders injected with [Service] share it).
        Scheduler = services.GetService<IBatchScheduler>() ?? new BatchScheduler();
    }

    public IBatchScheduler Scheduler { get; }

    public T GetOrCreate<T>(CancellationToken requestAborted = default) where T : class, IDataLoader
        => (T)_loaders.GetOrAdd(typeof(T), _ => new Lazy<IDataLoader>(() => Create<T>(requestAborted))).Value;

    private T Create<T>(CancellationToken requestAborted) where T : class, IDataLoader
    {
        // A scoped registration wins (AddDataLoader<T>()); otherwise the loader is built here with services from DI.
        var loader = (_useScopedLoaders ? _services.GetService<T>() : null) ?? ActivatorUtilities.CreateInstance<T>(_services, Scheduler);
        if (loader is IRequestBoundDataLoader bound) bound.RequestAborted = requestAborted;
        return loader;
    }
}

/// <summary>A loader that cancels its fetches with the request.</summary>
internal interface IRequestBoundDataLoader
{
    CancellationToken RequestAborted { set; }
}
