using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReportGraph.Host.Data;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Data;

/// <summary>
/// The SQLite store runs in write-ahead-log mode once the host has started, whether the file is new or is in
/// rollback-journal mode, and the host's connections commit with synchronous=NORMAL.
/// </summary>
public sealed class SqliteWriteAheadLogTests : IDisposable
{
    private readonly TempFolder _folder = new("rg-wal");

    public void Dispose() => _folder.Dispose();

    private string StoreFile => _folder.Combine("reportgraph.db");

    [Fact]
    public async Task A_new_store_is_created_in_WAL_mode_and_the_hosts_connections_sync_at_checkpoints_only()
    {
        await using var host = new ReportGraphFactory(_folder.Path);
        using var client = host.CreateClient();

        Assert.Equal("wal", await JournalModeAsync(StoreFile));
        Assert.True(File.Exists(StoreFile + "-wal"), "the log lives next to the database");
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL; FULL (2) is SQLite's default
    }

    [Fact]
    public async Task The_hosts_connections_wait_inside_SQLite_for_the_write_lock_as_long_as_a_command_may_take()
    {
        await using var host = new ReportGraphFactory(_folder.Path);
        using var client = host.CreateClient();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        // Without it SQLite answers "busy" at once and Microsoft.Data.Sqlite retries every 150 ms.
        Assert.Equal(connection.DefaultTimeout * 1000L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_existing_store_in_rollback_journal_mode_is_switched_to_WAL_and_keeps_its_rows()
    {
        var options = new DbContextOptionsBuilder<ReportGraphDbContext>()
            .UseSqlite($"Data Source={StoreFile};Pooling=False")
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using (var db = new ReportGraphDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.Users.Add(new User { Email = "old@example.org", NormalizedEmail = "OLD@EXAMPLE.ORG", Name = "Old", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            // EF creates new SQLite files in WAL mode already; a store copied or restored by other tools may be in
            // rollback-journal mode, as is one an older version opened after such a copy.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE");
        }

        Assert.Equal("delete", await JournalModeAsync(StoreFile));

        await using (var host = new ReportGraphFactory(_folder.Path))
        {
            using var client = host.CreateClient();
            Assert.Equal("wal", await JournalModeAsync(StoreFile));
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContextAsync();
            Assert.Contains(await db.Users.Select(u => u.Email).ToListAsync(), e => e == "old@example.org");
        }

        // The mode is kept in the file: a plain connection, as a backup tool would open, sees it too.
        SqliteConnection.ClearAllPools();
        Assert.Equal("wal", await JournalModeAsync(StoreFile));
    }

    private static async Task<string> JournalModeAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
