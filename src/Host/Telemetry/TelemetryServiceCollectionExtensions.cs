using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.Telemetry;

/// <summary>
/// Exports the <c>ReportGraph</c> meter and activity source, with ASP.NET Core, HttpClient, EF Core, Npgsql and
/// runtime telemetry, over OTLP (when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set) and to Prometheus (<c>Telemetry:Prometheus</c>).
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The service name unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "reportgraph";

    // Meters built into the runtime, ASP.NET Core and EF Core that the instrumentation packages do not add themselves.
    private static readonly string[] BuiltInMeters = ["System.Runtime", "Microsoft.EntityFrameworkCore"];

    /// <summary>Adds the <c>Telemetry</c> options and, when anything is exported, the OpenTelemetry SDK.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>()
            .Bind(configuration.GetSection(TelemetryOptions.Section))
            .Configure(o => o.OtlpEndpoint = configuration[TelemetryOptions.OtlpEndpointKey])
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());

        var options = TelemetryOptions.Read(configuration);
        if (!options.ExportsOtlp && !options.Prometheus)
        {
            // No SDK at all: a tracer provider without exporters would still create every activity it listens to.
            return services;
        }

        if (options.PrometheusPort is not null)
        {
            services.AddTransient<IStartupFilter, PrometheusPortStartupFilter>();
        }

        var otel = services.AddOpenTelemetry().ConfigureResource(resource =>
        {
            if (string.IsNullOrWhiteSpace(configuration[TelemetryOptions.ServiceNameKey]))
            {
                // AddService would override OTEL_SERVICE_NAME, which the default resource already reads.
                resource.AddService(ServiceName, autoGenerateServiceInstanceId: false);
            }

            resource.AddDetector(sp => new NodeResourceDetector(sp.GetRequiredService<IOptions<ExecutionOptions>>()));
        });

        otel.WithMetrics(metrics =>
        {
            metrics.AddMeter(ReportGraphTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(BuiltInMeters);
            if (options.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (options.ExportsOtlp)
            {
                metrics.AddOtlpExporter();
            }
        });

        // Prometheus has no traces; without OTLP nobody would read them, so no tracer provider is started.
        if (options.ExportsOtlp)
        {
            otel.WithTracing(tracing => tracing
                .AddSource(ReportGraphTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter());
        }

        return services;
    }

    // Health probes and scrapes arrive every few seconds and say nothing about the reports; they would drown the traces.
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(TelemetryOptions.MetricsPath);
}
