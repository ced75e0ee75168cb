using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.DemoData;

/// <summary>
/// Creates the demo data source (<c>demo.db</c> in the data folder) on first start when <c>Demo:Enabled</c>
/// is true (the default); later starts reuse it and bring it up to today (<c>Demo:Refresh</c>).
/// </summary>
internal sealed class DemoDataSeeder(
    IOptions<DemoDataOptions> options,
    DemoDataRefresher refresher,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var path = refresher.FilePath;
        var info = await DemoDatabase.EnsureCreatedAsync(path, clock, cancellationToken);
        if (info.Created)
        {
            logger.LogInformation("Created the demo data source at {Path} with the days {FirstDay:yyyy-MM-dd} to {LastDay:yyyy-MM-dd}", path, info.FirstDay, info.LastDay);
            return;
        }

        await refresher.RefreshAsync(cancellationToken);
    }
}

/// <summary>Registers the demo data seeders and the daily refresh.</summary>
public static class DemoDataServiceCollectionExtensions
{
    /// <summary>Adds the demo data source seeder and its daily refresh (section <c>Demo</c>).</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddOptions<DemoDataOptions>().BindConfiguration("Demo").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DemoDataRefresher>();
        services.AddSingleton<IStartupSeeder, DemoDataSeeder>();
        services.AddSingleton<IStartupSeeder, DemoSchedulesSeeder>();
        services.AddHostedService<DemoDataRefreshJob>();
        return services;
    }
}
