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
        => Registry(context).GetOrCreate<T>();

    private static DataLoaderRegistry Registry(IResolverContext context)
    {
        var data = context.ContextData;
        if (data.TryGetValue(DataLoaderRegistry.ContextKey, out var existing) && existing is DataLoaderRegistry found) return found;
        DataLoaderRegistry registry;
        if (data is ConcurrentDictionary<string, object?> concurrent)
        {
            registry = (DataLoaderRegistry)concurrent.GetOrAdd(DataLoaderRegistry.ContextKey, _ => new DataLoaderRegistry(context.Services, context.RequestAborted))!;
        }
        else
        {
            lock (data)
            {
                if (data.TryGetValue(DataLoaderRegistry.ContextKey, out existing) && existing is DataLoaderRegistry again) return again;
                registry = new DataLoaderRegistry(context.Services, context.RequestAborted);
                data[DataLoaderRegistry.ContextKey] = registry;
            }
        }
        var scheduler = registry.Scheduler;
        data.TryAdd(DataLoaderRegistry.DispatcherKey, (Action)scheduler.DispatchNow);
        return registry;
    }
}
