using ReportGraph.GraphQL.Data;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Schedules;

/// <summary>Registers the schedule commands and validation.</summary>
public static class SchedulesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ScheduleService"/>, <see cref="ScheduleValidator"/>, <see cref="IReportingPeriods"/> and the schedule
    /// types and fields of the API. Needs an <see cref="IScheduleTriggers"/> (registered by <c>AddScheduling</c>).
    /// </summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection("Schedules")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ScheduleValidator>();
        services.AddSingleton<ScheduleService>();
        services.AddSingleton<ScheduleWebhookService>();
        services.AddSingleton<Security.IUserSchedules, UserSchedules>();
        services.AddSingleton<IReportingPeriods, ScheduleReportingPeriods>();
        services.AddSingleton<INodeSource, ScheduleNodeSource>();
        services.AddSingleton<INodeSource, RecipientNodeSource>();
        services.AddGraphQLServer()
            .AddType<ScheduleNode>()
            .AddType<RecipientNode>()
            .ConfigureSchema(schema => schema.ModifyTypes(DayOfWeekDescriptions.Apply))
            .AddType<WebhookNode>()
            .AddTypeExtension<ScheduleQueries>()
            .AddTypeExtension<RecurrencePreviewQueries>()
            .AddTypeExtension<ScheduleFields>()
            .AddTypeExtension<ScheduleMutations>()
            .AddTypeExtension<WebhookFields>()
            .AddTypeExtension<WebhookMutations>()
            .AddDataLoader<ScheduleByIdLoader>()
            .AddDataLoader<RecipientsByScheduleLoader>()
            .AddDataLoader<WebhooksByScheduleLoader>();
        return services;
    }
}
