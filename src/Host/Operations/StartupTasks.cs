using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Operations;

/// <summary>
/// What must be in place before the host takes requests, in order: the store's schema, the seeders
/// (demo data, first admin). Features that must be ready before the first request (the plugins) add hosted
/// services of their own after this one; hosted services start in registration order, before the server listens.
/// Times each step in the <see cref="StartupTimeline"/>, which it logs when the server listens.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, IHostApplicationLifetime lifetime, StartupTimeline timeline, ILogger<StartupTasks> logger)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        timeline.Mark("services");
        return Task.CompletedTask;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using (var scope = services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<StoreInitializer>();
            // Nodes of a cluster started together take turns here (PostgreSQL advisory lock).
            await using (await store.LockStartupAsync(cancellationToken))
            {
                await store.MigrateAsync(cancellationToken);
                timeline.Mark("store");
                foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>())
                {
                    await seeder.SeedAsync(cancellationToken);
                    timeline.Mark(PhaseName(seeder));
                }
            }
        }

        lifetime.ApplicationStarted.Register(LogAddresses);
    }

    /// <summary>Called after every hosted service has started, the server last (it listens by now).</summary>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        timeline.Complete("server", logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>"FirstAdminSeeder" → "first admin".</summary>
    private static string PhaseName(IStartupSeeder seeder)
    {
        var name = seeder.GetType().Name;
        name = name.EndsWith("Seeder", StringComparison.Ordinal) ? name[..^"Seeder".Length] : name;
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

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

/// <summary>
/// Ends the timeline's "other services" phase when the server starts building its request pipeline: the server is the
/// last hosted service to start, after every feature's own.
/// </summary>
internal sealed class StartupTimelineFilter(StartupTimeline timeline) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
    {
        timeline.Mark("other services");
        return next;
    }
}

/// <summary>Registers the start-up sequence.</summary>
public static class StartupTasksServiceCollectionExtensions
{
    /// <summary>Adds <see cref="StartupTasks"/>; register it before other hosted services so they find a ready store.</summary>
    public static IServiceCollection AddStartupTasks(this IServiceCollection services)
    {
        services.AddSingleton(new StartupTimeline());
        services.AddTransient<IStartupFilter, StartupTimelineFilter>();
        return services.AddHostedService<StartupTasks>();
    }
}
