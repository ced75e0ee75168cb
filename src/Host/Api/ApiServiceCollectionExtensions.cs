using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Hosting;
using ReportGraph.Host.Delivery;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Plugins;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Security;
using ReportGraph.Host.Unsubscribe;

namespace ReportGraph.Host.Api;

/// <summary>The ReportGraph GraphQL API: each feature's query, mutation and subscription fields on one schema.</summary>
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
            .AddType<ScheduleNode>()
            .AddType<RecipientNode>()
            .AddType<ExecutionNode>()
            .AddType<UserNode>()
            .AddTypeExtension<NodeQueries>()
            .AddTypeExtension<AccountQueries>()
            .AddTypeExtension<UserFields>()
            .AddTypeExtension<AccountMutations>()
            .AddTypeExtension<ReportTypeQueries>()
            .AddTypeExtension<ScheduleQueries>()
            .AddTypeExtension<ScheduleFields>()
            .AddTypeExtension<ScheduleMutations>()
            .AddTypeExtension<ExecutionQueries>()
            .AddTypeExtension<ExecutionFields>()
            .AddTypeExtension<ExecutionSubscriptions>()
            .AddTypeExtension<SubscriptionMutations>()
            .AddTypeExtension<SmtpSettingsQueries>()
            .AddTypeExtension<SmtpSettingsMutations>()
            .AddDataLoader<UserByIdLoader>()
            .AddDataLoader<ScheduleByIdLoader>()
            .AddDataLoader<RecipientsByScheduleLoader>()
            .AddDataLoader<LastExecutionByScheduleLoader>()
            .AddDataLoader<DeliveriesByExecutionLoader>()
            .AddDataLoader<ArtifactsByExecutionLoader>()
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
