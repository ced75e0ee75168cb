using Microsoft.EntityFrameworkCore;

namespace ReportGraph.Host.Data;

/// <summary>Brings the store's schema up to date at start, keeping existing data.</summary>
public sealed class StoreInitializer(IDbContextFactory<ReportGraphDbContext> dbs, IServiceProvider services, ILogger<StoreInitializer> logger)
{
    /// <summary>Applies pending migrations; on PostgreSQL, then makes sure the shared key ring has a key.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Applying {Count} store migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (services.GetService<SharedKeyRing>() is { } keyRing)
        {
            await keyRing.EnsureKeyAsync(cancellationToken);
        }
    }
}
