using ReportGraph.Host.Data;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.DemoData;

/// <summary>
/// Creates the demo data source (<c>demo.db</c> in the data folder) on first start when <c>Demo:Enabled</c>
/// is true (the default); later starts reuse it.
/// </summary>
internal sealed class DemoDataSeeder(DataDirectory dataDirectory, IConfiguration configuration, TimeProvider clock, ILogger<DemoDataSeeder> logger) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Enabled", true))
        {
            return;
        }

        var path = Path.Combine(dataDirectory.Path, "demo.db");
        var info = await DemoDatabase.EnsureCreatedAsync(path, clock, cancellationToken);
        if (info.Created)
        {
            logger.LogInformation("Created the demo data source at {Path}", path);
        }
    }
}

/// <summary>Registers the demo data seeder.</summary>
public static class DemoDataServiceCollectionExtensions
{
    /// <summary>Adds the demo data source seeder (controlled by <c>Demo:Enabled</c>).</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddSingleton<IStartupSeeder, DemoDataSeeder>();
        services.AddSingleton<IStartupSeeder, DemoSchedulesSeeder>();
        return services;
    }
}
