using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Hosting;

// The DI entry point lives in the DI namespace, as ASP.NET Core's own AddX methods do, so hosts need no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL server.</summary>
public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL server and returns its builder. The schema, the <see cref="IRequestExecutor"/> and the
    /// <see cref="GraphQLServerOptions"/> are singletons built on first use; calling this again returns a builder for
    /// the same server.
    /// </summary>
    public static GraphQLServerBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(GraphQLServerBuilder) && descriptor.ImplementationInstance is GraphQLServerBuilder existing)
                return existing;
        }

        var builder = new GraphQLServerBuilder(services);
        services.AddSingleton(builder);
        services.TryAddSingleton<GraphQLServer>();
        services.TryAddSingleton(sp => sp.GetRequiredService<GraphQLServer>().Options);
        services.TryAddSingleton(sp => sp.GetRequiredService<GraphQLServer>().Executor);
        services.TryAddSingleton<IRequestExecutor>(sp => sp.GetRequiredService<GraphQLServer>().Executor);
        services.TryAddSingleton(sp => sp.GetRequiredService<GraphQLServer>().Schema);
        return builder;
    }
}
