using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportGraph.GraphQL.Data;
using ReportGraph.GraphQL.Http;

namespace ReportGraph.Host.Api;

/// <summary>
/// The kernel of the GraphQL API: the root types, <c>node</c>/<c>nodes</c>, error conventions and limits. Each feature adds
/// its own types, fields and DataLoaders to the same server from its <c>Add&lt;Feature&gt;</c> method.
/// </summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Adds the schema and its limits (depth, cost, document size; introspection for signed-in users and in Development).</summary>
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddGraphQLServer()
            .AddQueryType<QueryRoot>()
            .AddMutationType<MutationRoot>()
            .AddSubscriptionType<SubscriptionRoot>()
            .ConfigureSchema(schema => schema.AddType(new PathSegmentType()))
            .AddTypeExtension<NodeQueries>()
            .AddType<IError>()
            .AddIncrementalDelivery()
            .UseDataLoaderDispatch()
            .UseField(AccessErrorsMiddleware.Wrap)
            .ModifyOptions(o =>
            {
                o.MaxDepth = 12;
                o.MaxCost = 20_000;
                o.IncludeExceptionDetails = environment.IsDevelopment();
                o.AllowIntrospection(http => environment.IsDevelopment() || http.User.Identity?.IsAuthenticated == true);
            });
        services.AddHostedService<GraphQLSchemaWarmUp>();
        services.AddOptions<PersistedDocumentsOptions>().Bind(configuration.GetSection(PersistedDocumentsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistedDocumentsOptions>, PersistedDocumentsOptionsValidator>());
        services.AddOptions<GraphQLHttpOptions>().Configure(http =>
        {
            // Read from the configuration as it is, not through the validated options: MapGraphQL runs before the settings
            // check, which reports a bad folder or value as one line instead of an exception here.
            var section = configuration.GetSection(PersistedDocumentsOptions.SectionName);
            if (section[nameof(PersistedDocumentsOptions.PersistedDocuments)] is { Length: > 0 } folder)
                http.PersistedDocuments.ManifestDirectory = PersistedDocumentsOptionsValidator.ResolvePath(environment, folder);
            http.PersistedDocuments.OnlyPersistedDocuments = bool.TryParse(section[nameof(PersistedDocumentsOptions.OnlyPersistedDocuments)], out var only) && only;
            // Administrators keep the IDE: they may run any document.
            http.PersistedDocuments.AllowAnyDocument = context => context.User.ToCaller()?.IsAdmin == true;
        });
        return services;
    }
}
