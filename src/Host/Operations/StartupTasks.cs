using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Operations;

/// <summary>
/// What must be in place before the host takes requests, in order: the store's schema, the seeders
/// (demo data, first admin). Features that must be ready before the first request (the plugins) add hosted
/// services of their own after this one; hosted services start in registration order, before the server listens.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using (var scope = services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<StoreInitializer>();
            // Nodes of a cluster started together take turns here (PostgreSQL advisory lock).
            await using (await store.LockStartupAsync(cancellationToken))
            {
                await store.MigrateAsync(cancellationToken);
                foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>())
                {
                    await seeder.SeedAsync(cancellationToken);
                }
            }
        }

        lifetime.ApplicationStarted.Register(LogAddresses);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void LogAddresses()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            logger.LogInformation("ReportGraph is listening on {Address}: GraphQL IDE at {Address}/graphql, readiness at {Address}/health/ready",
                address, address, address);
        }
    }
}

/// <summary>Something that fills the store or a data source on start (demo data, first admin); must be idempotent.</summary>
public interface IStartupSeeder
{
    /// <summary>Creates what is missing; a second start changes nothing.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>Registers the start-up sequence.</summary>
public static class StartupTasksServiceCollectionExtensions
{
    /// <summary>Adds <see cref="StartupTasks"/>; register it before other hosted services so they find a ready store.</summary>
    public static IServiceCollection AddStartupTasks(this IServiceCollection services) =>
        services.AddHostedService<StartupTasks>();
}
