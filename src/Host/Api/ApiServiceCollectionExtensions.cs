using ReportGraph.GraphQL.Data;

namespace ReportGraph.Host.Api;

/// <summary>
/// The kernel of the GraphQL API: the root types, <c>node</c>/<c>nodes</c>, error conventions and limits. Each feature adds
/// its own types, fields and DataLoaders to the same server from its <c>Add&lt;Feature&gt;</c> method.
/// </summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Adds the schema and its limits (depth, cost, document size; introspection for signed-in users and in Development).</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddGraphQLServer()
            .AddQueryType<QueryRoot>()
            .AddMutationType<MutationRoot>()
            .AddSubscriptionType<SubscriptionRoot>()
            .ConfigureSchema(schema => schema.AddType(new PathSegmentType()))
            .AddTypeExtension<NodeQueries>()
            .UseDataLoaderDispatch()
            .UseField(AccessErrorsMiddleware.Wrap)
            .ModifyOptions(o =>
            {
                o.MaxDepth = 12;
                o.MaxCost = 20_000;
                o.IncludeExceptionDetails = environment.IsDevelopment();
                o.AllowIntrospection(http => environment.IsDevelopment() || http.User.Identity?.IsAuthenticated == true);
            });
        return services;
    }
}
