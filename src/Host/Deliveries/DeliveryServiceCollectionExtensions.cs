using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Deliveries.Webhooks;
using ReportGraph.Host.Executions;

namespace ReportGraph.Host.Deliveries;

/// <summary>Registers email delivery: options, composition, SMTP settings, the delivery runner and signed links.</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>Delivery</c> options (validated at start), <see cref="IDeliveryRunner"/>, <see cref="SmtpSettingsService"/>,
    /// <see cref="SignedArtifactLinks"/>, <see cref="EmailComposer"/> and <see cref="TimeProvider.System"/> unless a
    /// TimeProvider is registered. Needs <c>AddStore</c> (store and Data Protection) and an <c>IExecutionEvents</c>
    /// (registered by <c>AddExecutions</c>).
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName))
            // A local test server is the usual SMTP host on a developer's machine; elsewhere an admin opts in.
            .PostConfigure<IHostEnvironment>((o, environment) =>
            {
                o.AllowPrivateSmtpHosts ??= environment.IsDevelopment();
                o.AllowPrivateWebhookHosts ??= environment.IsDevelopment();
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PublicBaseUrl>();
        services.AddSingleton<INodeSource, DeliveryNodeSource>();
        services.AddHostedService<PublicBaseUrlLog>();
        services.TryAddSingleton<SignedArtifactLinks>();
        services.TryAddSingleton<SmtpSettingsService>();
        services.TryAddSingleton<EmailBodyRenderer>();
        services.TryAddSingleton<EmailComposer>();
        services.TryAddSingleton<EmailTransports>();
        services.TryAddSingleton(sp => new StoredEmails(sp.GetRequiredService<DataDirectory>(), sp.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>(), sp.GetRequiredService<ArtifactStore>()));
        services.TryAddSingleton<DeliveryStates>();
        services.TryAddSingleton<IDeliveryRunner, DeliveryRunner>();
        services.TryAddSingleton<IExecutionDelivery, ExecutionDelivery>();
        services.TryAddSingleton<IFailureNotices, FailureNoticeSender>();
        services.TryAddSingleton<DeliveryRetries>();
        services.AddHostedService<DeliveryRetryWorker>();
        services.AddWebhooks();
        services.TryAddSingleton<Security.IAccountEmails, AccountEmailSender>();
        services.AddGraphQLServer()
            .AddTypeExtension<ExecutionDeliveryFields>()
            .AddTypeExtension<SmtpSettingsQueries>()
            .AddTypeExtension<SmtpSettingsMutations>()
            .AddTypeExtension<DownloadLinkQueries>()
            .AddDataLoader<DeliveriesByExecutionLoader>();
        return services;
    }
}
