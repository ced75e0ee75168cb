using Microsoft.Extensions.DependencyInjection;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>
/// Configures the GraphQL server registered by <c>services.AddGraphQLServer()</c>: root types, type extensions,
/// field middleware and limits. The schema and the <see cref="IRequestExecutor"/> are built once, on first use.
/// </summary>
public sealed class GraphQLServerBuilder
{
    internal GraphQLServerBuilder(IServiceCollection services) => Services = services;

    /// <summary>The application's services.</summary>
    public IServiceCollection Services { get; }

    internal List<Action<SchemaBuilder>> SchemaConfigurations { get; } = new();

    internal List<Action<GraphQLServerOptions>> OptionConfigurations { get; } = new();

    internal List<Action<RequestExecutorOptions>> ExecutorConfigurations { get; } = new();

    /// <summary>Sets the query root class.</summary>
    public GraphQLServerBuilder AddQueryType<T>() => ConfigureSchema(b => b.AddQueryType<T>());

    /// <summary>Sets the mutation root class.</summary>
    public GraphQLServerBuilder AddMutationType<T>() => ConfigureSchema(b => b.AddMutationType<T>());

    /// <summary>Sets the subscription root class.</summary>
    public GraphQLServerBuilder AddSubscriptionType<T>() => ConfigureSchema(b => b.AddSubscriptionType<T>());

    /// <summary>Adds a class marked <c>[ExtendObjectType]</c>, so a feature can add fields from its own folder.</summary>
    public GraphQLServerBuilder AddTypeExtension<T>() => ConfigureSchema(b => b.AddTypeExtension<T>());

    /// <summary>Adds a CLR type that is not reachable from the roots (e.g. an implementation of an interface).</summary>
    public GraphQLServerBuilder AddType<T>() => ConfigureSchema(b => b.AddType<T>());

    /// <summary>Adds middleware around every field resolver (paging, authorization …).</summary>
    public GraphQLServerBuilder UseField(FieldMiddleware middleware) => ConfigureSchema(b => b.UseField(middleware));

    /// <summary>Changes limits and behaviour (max depth, cost, document size, timeout, introspection, exception details).</summary>
    public GraphQLServerBuilder ModifyOptions(Action<GraphQLServerOptions> configure)
    {
        OptionConfigurations.Add(configure);
        return this;
    }

    /// <summary>Direct access to the schema builder (scalars, directives, hand-built types).</summary>
    public GraphQLServerBuilder ConfigureSchema(Action<SchemaBuilder> configure)
    {
        SchemaConfigurations.Add(configure);
        return this;
    }

    /// <summary>
    /// Enables incremental delivery: the schema declares @defer and @stream (so introspection shows them only when
    /// they work) and requests over multipart/mixed or text/event-stream get their deferred parts as they complete.
    /// </summary>
    public GraphQLServerBuilder AddIncrementalDelivery()
        => ConfigureSchema(b =>
        {
            b.AddDirective(Types.IncrementalDirectives.Defer);
            b.AddDirective(Types.IncrementalDirectives.Stream);
        });

    /// <summary>Direct access to the executor's settings (extra request rules, error callback, validator).</summary>
    public GraphQLServerBuilder ModifyRequestOptions(Action<RequestExecutorOptions> configure)
    {
        ExecutorConfigurations.Add(configure);
        return this;
    }
}
