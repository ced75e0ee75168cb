using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data;

/// <summary>Brings the store's schema up to date at start, keeping existing data.</summary>
public sealed class StoreInitializer(IDbContextFactory<ReportGraphDbContext> factory, ILogger<StoreInitializer> logger)
{
    /// <summary>Applies pending migrations.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // On a fresh database every migration is pending; asking EF would query the missing history table,
        // which PostgreSQL answers with an error that EF logs as a failed command on every first start.
        var pending = await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)
            ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : db.Database.GetMigrations().ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} store migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
