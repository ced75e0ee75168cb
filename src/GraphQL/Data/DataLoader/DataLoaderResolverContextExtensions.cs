using System.Collections.Concurrent;
using ReportGraph.GraphQL.Execution;

namespace ReportGraph.GraphQL.Data;

/// <summary>Access to the request's DataLoaders from a resolver.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>
    /// The request's instance of <typeparamref name="T"/>: the scoped registration when there is one
    /// (<see cref="DataLoaderServiceCollectionExtensions.AddDataLoader{T}"/>), else one created on first use with its
    /// constructor's services taken from the request's services and the request's <see cref="IBatchScheduler"/>.
    /// </summary>
    public static T DataLoader<T>(this IResolverContext context) where T : class, IDataLoader
        => GetOrCreateRegistry(context.ContextData, context.Services).GetOrCreate<T>(context.RequestAborted);

    /// <summary>
    /// The context data of one subscription event: the request's entries with DataLoaders of the event's own, so each
    /// event reads the data as it is now (loaders cache every key for their lifetime, which would be the subscription's).
    /// </summary>
    internal static ConcurrentDictionary<string, object?> ForSubscriptionEvent(IDictionary<string, object?> data, IServiceProvider services)
    {
        var copy = new ConcurrentDictionary<string, object?>(data.Where(p => p.Key is not (DataLoaderRegistry.ContextKey or DataLoaderRegistry.DispatcherKey)));
        var registry = new DataLoaderRegistry(services, useScopedLoaders: false);
        copy[DataLoaderRegistry.ContextKey] = registry;
        copy[DataLoaderRegistry.DispatcherKey] = (Action)registry.Scheduler.DispatchNow;
        return copy;
    }

    internal static DataLoaderRegistry GetOrCreateRegistry(IDictionary<string, object?> data, IServiceProvider services)
    {
        if (data.TryGetValue(DataLoaderRegistry.ContextKey, out var existing) && existing is DataLoaderRegistry found) return found;
        DataLoaderRegistry registry;
        if (data is ConcurrentDictionary<string, object?> concurrent)
        {
            registry = (DataLoaderRegistry)concurrent.GetOrAdd(DataLoaderRegistry.ContextKey, _ => new DataLoaderRegistry(services))!;
        }
        else
        {
            lock (data)
            {
                if (data.TryGetValue(DataLoaderRegistry.ContextKey, out existing) && existing is DataLoaderRegistry again) return again;
                registry = new DataLoaderRegistry(services);
                data[DataLoaderRegistry.ContextKey] = registry;
            }
        }
        data.TryAdd(DataLoaderRegistry.DispatcherKey, (Action)registry.Scheduler.DispatchNow);
        return registry;
    }
}
