using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Plugins;

/// <summary>Registers the plugin catalog, the report type registry and the data sources offered to plugins.</summary>
public static class PluginsServiceCollectionExtensions
{
    /// <summary>Adds the <c>Plugins</c> and <c>DataSources</c> configuration and the registry.</summary>
    public static IServiceCollection AddPlugins(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PluginOptions>().Bind(configuration.GetSection("Plugins")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Dictionary<string, DataSourceOptions>>().Bind(configuration.GetSection("DataSources")).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Dictionary<string, DataSourceOptions>>, DataSourceOptionsValidator>());
        services.AddSingleton<PluginLoader>();
        services.AddSingleton<ReportTypeRegistry>();
        services.AddHostedService<PluginsWarmUp>();
        services.AddSingleton<IReportDataSources, ConfiguredDataSources>();
        services.AddSingleton<ParameterOptionsCheck>();
        services.AddHealthChecks().AddCheck<PluginsHealthCheck>("plugins", tags: ["ready"]);
        services.AddGraphQLServer().AddTypeExtension<ReportTypeQueries>();
        return services;
    }
}
