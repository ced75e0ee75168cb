using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReportGraph.Host.Data;

/// <summary>
/// Runs the SQLite store in write-ahead-log mode: readers no longer block the writer nor the writer readers, so the
/// scheduler, the execution workers and the API wait for the single write lock only among writers. EF Core creates
/// new files in this mode; a store found in another one (copied or restored with other tools) is switched at start.
/// The mode is kept in the database file (Quartz's connections to the same file get it too); it brings the <c>-wal</c> and
/// <c>-shm</c> files next to the database, which belong to it (a copy of the store must include them, or be made
/// with <c>VACUUM INTO</c> or the sqlite3 shell's <c>.backup</c>).
/// Each connection also waits for that write lock inside SQLite (<c>busy_timeout</c>, as long as the command may take):
/// Microsoft.Data.Sqlite's own retry sleeps 150 ms whenever the lock is taken, so in a burst of executions a write that
/// met another one lost 150 ms however soon the lock was free.
/// </summary>
public sealed class SqliteWriteAheadLog(ILogger<SqliteWriteAheadLog> logger) : DbConnectionInterceptor
{
    private volatile bool _enabled;

    /// <summary>
    /// Switches the store to write-ahead logging (a no-op when it is already); when the file system does not allow
    /// it (a read-only folder, a network share without shared memory) the store goes on in its old mode, with a warning.
    /// </summary>
    public async Task EnableAsync(ReportGraphDbContext db, CancellationToken cancellationToken)
    {
        string mode;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL";
            mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        catch (SqliteException e)
        {
            logger.LogWarning("The store could not switch to write-ahead logging and keeps its journal mode ({Reason}); writers then also wait for readers", e.Message);
            return;
        }

        _enabled = string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase);
        if (!_enabled && !string.Equals(mode, "memory", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("The store could not switch to write-ahead logging and keeps journal mode {Mode}; writers then also wait for readers", mode);
        }
    }

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = ConnectionSettings(connection);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = ConnectionSettings(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The settings of each connection, in one statement since EF Core opens a connection for every statement: the wait
    /// for the write lock, and in WAL mode synchronous NORMAL, which syncs at checkpoints instead of at every commit (the
    /// database cannot be corrupted, and only the last commits before a power loss, not a process crash, may be lost).
    /// </summary>
    private DbCommand ConnectionSettings(DbConnection connection)
    {
        var waitMilliseconds = ((SqliteConnection)connection).DefaultTimeout * 1000L;
        var command = connection.CreateCommand();
        command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {waitMilliseconds};{(_enabled ? " PRAGMA synchronous = NORMAL;" : "")}");
        return command;
    }
}
