using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Api;
using ReportGraph.Host.Executions.Previews;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.Executions;

/// <summary>Registers the run pipeline: queue, leases, worker, runner, events, telemetry.</summary>
public static class ExecutionsServiceCollectionExtensions
{
    /// <summary>Adds the <c>Executions</c> options and services, and the worker that runs executions on this node.</summary>
    public static IServiceCollection AddExecutions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExecutionOptions>().Bind(configuration.GetSection("Executions")).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExecutionOptions>, ExecutionOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReportGraphTelemetry>();
        services.AddSingleton<IExecutionEvents, InProcessExecutionEvents>();
        services.AddSingleton<ExecutionSignal>();
        services.AddSingleton<ManualRunCheck>();
        services.AddSingleton<ExecutionQueue>();
        services.AddSingleton<ExecutionLeases>();
        services.AddSingleton<ExecutionCompletion>();
        services.AddSingleton<FailureStreaks>();
        services.AddScoped<ExecutionRunner>();
        services.AddScoped<ReportProducer>();
        services.AddSingleton<FolderArtifactStore>();
        services.AddSingleton<DatabaseArtifactStore>();
        services.AddSingleton<ArtifactStore>();
        services.AddHostedService<ExecutionWorker>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection("Retention")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PreviewFolder>();
        services.AddSingleton<PreviewLinks>();
        services.AddScoped<ReportPreviews>();
        services.AddSingleton<RetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());
        services.AddSingleton<INodeSource, ExecutionNodeSource>();
        services.AddSingleton<INodeSource, ArtifactNodeSource>();
        services.AddGraphQLServer()
            .AddType<ExecutionNode>()
            .AddTypeExtension<ExecutionQueries>()
            .AddTypeExtension<ExecutionFields>()
            .AddTypeExtension<ScheduleExecutionFields>()
            .AddTypeExtension<ExecutionMutations>()
            .AddType<PreviewFileNode>()
            .AddTypeExtension<PreviewReportMutation>()
            .AddTypeExtension<ExecutionSubscriptions>()
            .AddDataLoader<LastExecutionByScheduleLoader>()
            .AddDataLoader<ArtifactsByExecutionLoader>();
        return services;
    }
}
