using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;

namespace ReportGraph.GraphQL.Hosting;

/// <summary>The configured server: schema, executor and options, built once from the <see cref="GraphQLServerBuilder"/>.</summary>
public sealed class GraphQLServer
{
    private readonly Lazy<(Schema Schema, RequestExecutor Executor)> _built;

    /// <summary>Builds lazily from the registered builder.</summary>
    public GraphQLServer(GraphQLServerBuilder builder, IServiceProvider services)
    {
        Options = new GraphQLServerOptions();
        foreach (var configure in builder.OptionConfigurations) configure(Options);
        _built = new Lazy<(Schema, RequestExecutor)>(() => Build(builder, services), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>True once the schema and executor are built (a host may build them at start, before any request).</summary>
    public bool IsBuilt => _built.IsValueCreated;

    /// <summary>The server options.</summary>
    public GraphQLServerOptions Options { get; }

    /// <summary>The schema (built on first access; build errors surface here).</summary>
    public Schema Schema => _built.Value.Schema;

    /// <summary>The request executor.</summary>
    public RequestExecutor Executor => _built.Value.Executor;

    private (Schema, RequestExecutor) Build(GraphQLServerBuilder builder, IServiceProvider services)
    {
        var schemaBuilder = new SchemaBuilder();
        foreach (var configure in builder.SchemaConfigurations) configure(schemaBuilder);
        var schema = schemaBuilder.Build();

        var environment = services.GetService<IHostEnvironment>();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("ReportGraph.GraphQL");
        var executorOptions = new RequestExecutorOptions
        {
            ParserOptions = new Language.ParserOptions { MaxDocumentLength = Options.MaxDocumentLength, MaxTokens = Options.MaxTokens },
            ExecutionTimeout = Options.ExecutionTimeout,
            IncludeExceptionDetails = Options.IncludeExceptionDetails ?? environment?.IsDevelopment() ?? false,
            ExecuteQueriesSerially = Options.ExecuteQueriesSerially,
            DocumentCacheSize = Options.DocumentCacheSize,
            DocumentCacheMaxChars = Options.DocumentCacheMaxChars,
        };
        if (logger is not null)
            executorOptions.OnUnexpectedError = (exception, error) => logger.LogError(exception, "Unexpected error in GraphQL resolver at {Path}", error.Path is null ? "" : string.Join('.', error.Path));
        executorOptions.RequestRules.Add(new IntrospectionAllowedRequestRule());
        if (Options.MaxDepth is { } maxDepth) executorOptions.RequestRules.Add(new MaxDepthRequestRule(maxDepth));
        if (Options.MaxCost is { } maxCost) executorOptions.RequestRules.Add(new MaxCostRequestRule(maxCost, Options.DefaultListSize));
        foreach (var configure in builder.ExecutorConfigurations) configure(executorOptions);
        return (schema, new RequestExecutor(schema, executorOptions));
    }
}
