using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReportGraph.GraphQL.Data;

/// <summary>Registers DataLoaders per request (scoped), so resolvers can take them as <c>[Service]</c> parameters.</summary>
public static class DataLoaderServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="T"/> and the request's <see cref="IBatchScheduler"/> as scoped services.</summary>
    public static IServiceCollection AddDataLoader<T>(this IServiceCollection services) where T : class, IDataLoader
    {
        services.TryAddScoped<IBatchScheduler, BatchScheduler>();
        services.TryAddScoped<T>();
        return services;
    }
}
