using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ReportGraph.Host.Data;

/// <summary>Brings the store's schema up to date at start, keeping existing data.</summary>
public sealed class StoreInitializer(IDbContextFactory<ReportGraphDbContext> dbs, IServiceProvider services, ILogger<StoreInitializer> logger)
{
    // Any fixed number, distinct from SharedKeyRing's (another session waiting for the same key would deadlock).
    private const long StartupLockKey = 0x5265_706F_7274_5355; // "ReportSU"

    /// <summary>
    /// On PostgreSQL, holds a cluster-wide advisory lock until disposed, so nodes started together run the start-up
    /// sequence (migrations, first admin, demo members) one after the other instead of racing on unique keys; the
    /// lock goes with the connection if the node dies. On SQLite (one node) nothing is locked.
    /// </summary>
    public async Task<IAsyncDisposable> LockStartupAsync(CancellationToken cancellationToken)
    {
        var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsNpgsql())
        {
            await db.DisposeAsync();
            return NoLock.Instance;
        }

        // The lock lives in the database, so a first start must create the database before it can wait for the lock.
        await CreateDatabaseIfMissingAsync(db, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLockKey})", cancellationToken);
        return new StartupLock(db);
    }

    private static async Task CreateDatabaseIfMissingAsync(ReportGraphDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it a moment ago: that is what we wanted.
        }
    }

    /// <summary>
    /// Applies pending migrations; on PostgreSQL, then makes sure the shared key ring has a key. Refuses
    /// (<see cref="StoreNewerThanHostException"/>) a store already upgraded by a newer version, which this one may
    /// misread: during a rolling upgrade a node still on the old version is not restarted, it is replaced.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Before migrating, so that the migrations already write through the log.
            await services.GetRequiredService<SqliteWriteAheadLog>().EnableAsync(db, cancellationToken);
        }

        var known = db.Database.GetMigrations().ToList();
        // Asking for the history of a new store first would log a failed query ("relation does not exist").
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(cancellationToken)
            ? (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(r => r.MigrationId).ToList()
            : [];
        var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            var error = new StoreNewerThanHostException(unknown.Max(StringComparer.Ordinal)!, known.Count > 0 ? known[^1] : "none");
            logger.LogCritical("{Message}", error.Message);
            throw error;
        }

        var pending = known.Except(applied, StringComparer.Ordinal).ToList();
        if (pending.Count > 0)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Applying {Count} store migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }

            // Only with something to apply: on an up-to-date store the migrator's own checks and lock would only add
            // to the start-up time.
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (services.GetService<SharedKeyRing>() is { } keyRing)
        {
            await keyRing.EnsureKeyAsync(cancellationToken);
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class StartupLock(ReportGraphDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLockKey})");
            }
            finally
            {
                await db.DisposeAsync(); // closing the session releases the lock anyway
            }
        }
    }
}
