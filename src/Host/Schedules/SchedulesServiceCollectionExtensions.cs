namespace ReportGraph.Host.Schedules;

/// <summary>Registers the schedule commands and validation.</summary>
public static class SchedulesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ScheduleService"/> and <see cref="ScheduleValidator"/>.</summary>
    public static IServiceCollection AddSchedules(this IServiceCollection services)
    {
        services.AddSingleton<ScheduleValidator>();
        services.AddSingleton<ScheduleService>();
        return services;
    }
}
