using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace ReportGraph.GraphQL.Data;

/// <summary>The DataLoaders of one request, kept in the request's context data.</summary>
internal sealed class DataLoaderRegistry
{
    /// <summary>The context data key of the registry.</summary>
    public const string ContextKey = "ReportGraph.Data.DataLoaders";

    /// <summary>The context data key of the dispatch hook the engine may call when it has no more work ready.</summary>
    public const string DispatcherKey = "ReportGraph.Data.BatchDispatcher";

    private readonly ConcurrentDictionary<Type, Lazy<IDataLoader>> _loaders = new();
    private readonly IServiceProvider _services;
    private readonly CancellationToken _requestAborted;

    public DataLoaderRegistry(IServiceProvider services, CancellationToken requestAborted)
    {
        _services = services;
        _requestAborted = requestAborted;
        // One scheduler per request: the DI-scoped one when the host registered it (so loaders injected with [Service] share it).
        Scheduler = services.GetService<IBatchScheduler>() ?? new BatchScheduler();
    }

    public IBatchScheduler Scheduler { get; }

    public T GetOrCreate<T>() where T : class, IDataLoader
        => (T)_loaders.GetOrAdd(typeof(T), _ => new Lazy<IDataLoader>(Create<T>)).Value;

    private T Create<T>() where T : class, IDataLoader
    {
        // A scoped registration wins (AddDataLoader<T>()); otherwise the loader is built here with services from DI.
        var loader = _services.GetService<T>() ?? ActivatorUtilities.CreateInstance<T>(_services, Scheduler);
        SetToken(loader);
        return loader;
    }

    private void SetToken(IDataLoader loader)
    {
        var property = loader.GetType().GetProperty("RequestAborted");
        if (property?.PropertyType == typeof(CancellationToken) && property.CanWrite) property.SetValue(loader, _requestAborted);
    }
}
