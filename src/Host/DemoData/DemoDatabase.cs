using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportGraph.Host.DemoData;

/// <summary>What <see cref="DemoDatabase.EnsureCreatedAsync"/> found or made.</summary>
/// <param name="FilePath">Full path of the SQLite file.</param>
/// <param name="Created">True when this call generated the file; false when an existing one was reused.</param>
/// <param name="FirstDay">The first day the data covers.</param>
/// <param name="LastDay">The last day the data covers.</param>
/// <param name="GeneratedAt">When the data was generated.</param>
public sealed record DemoDatabaseInfo(string FilePath, bool Created, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset GeneratedAt);

/// <summary>Writes the demo data set to a database: tables, rows and indexes in one transaction.</summary>
public static class DemoDatabase
{
    /// <summary>The name plugins use for the demo data source.</summary>
    public const string DataSourceName = "demo";

    /// <summary>The file name of the demo database in the data folder.</summary>
    public const string FileName = "demo.db";

    /// <summary>
    /// Creates the demo tables on <paramref name="connection"/> (opened if closed) and inserts <paramref name="data"/>,
    /// all in one transaction with prepared commands. The database must not contain the demo tables yet.
    /// </summary>
    /// <param name="connection">An ADO.NET connection whose dialect accepts plain SQL (SQLite, PostgreSQL).</param>
    /// <param name="data">The data set to write.</param>
    /// <param name="cancellationToken">Cancels the write; the transaction is rolled back.</param>
    /// <param name="generatedAt">Recorded as <c>generated_at</c> in <c>demo_meta</c>; defaults to now.</param>
    public static async Task CreateAsync(DbConnection connection, DemoDataSet data, CancellationToken cancellationToken, DateTimeOffset? generatedAt = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(data);
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellationToken);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var ddl in DemoSchema.Tables) await ExecuteAsync(connection, transaction, ddl, cancellationToken);

        var meta = new List<object?[]>
        {
            new object?[] { "schema_version", DemoSchema.Version },
            new object?[] { "seed", data.Seed.ToString(CultureInfo.InvariantCulture) },
            new object?[] { "first_day", DemoRowWriter.Iso(data.FirstDay) },
            new object?[] { "last_day", DemoRowWriter.Iso(data.LastDay) },
            new object?[] { DemoDatabaseUpdater.ExtendableFromKey, DemoRowWriter.Iso(data.FirstDay) },
            new object?[] { "generated_at", (generatedAt ?? DateTimeOffset.UtcNow).ToString("O", CultureInfo.InvariantCulture) },
        };
        await DemoRowWriter.InsertAsync(connection, transaction, "demo_meta", ["key", "value"], meta, cancellationToken);
        await DemoRowWriter.InsertAsync(connection, transaction, "subjects", ["id", "name"],
            data.Subjects.Select(s => new object?[] { s.Id, s.Name }), cancellationToken);
        await DemoRowWriter.InsertAsync(connection, transaction, "teachers", ["id", "name", "subject_id"],
            data.Teachers.Select(t => new object?[] { t.Id, t.Name, t.SubjectId }), cancellationToken);
        await DemoRowWriter.InsertAsync(connection, transaction, "students", ["id", "first_name", "last_name", "class_name"],
            data.Students.Select(s => new object?[] { s.Id, s.FirstName, s.LastName, s.ClassName }), cancellationToken);
        await DemoRowWriter.InsertAsync(connection, transaction, "tutors", ["id", "name", "subject_id"],
            data.Tutors.Select(t => new object?[] { t.Id, t.Name, t.SubjectId }), cancellationToken);
        await DemoRowWriter.InsertAsync(connection, transaction, "payers", ["id", "name"],
            data.Payers.Select(p => new object?[] { p.Id, p.Name }), cancellationToken);
        await DemoRowWriter.InsertDaysAsync(connection, transaction, DemoDays.Of(data), cancellationToken);

        foreach (var ddl in DemoSchema.Indexes) await ExecuteAsync(connection, transaction, ddl, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Makes sure the SQLite demo database exists at <paramref name="sqliteFilePath"/>: on first start it generates
    /// the data for the 26 weeks ending today (UTC, by <paramref name="clock"/>) and writes it to a temporary
    /// file that is then moved into place, so a crash never leaves a half-written database; later starts reuse the file
    /// (and <see cref="DemoDatabaseUpdater"/> extends it to today).
    /// </summary>
    /// <param name="sqliteFilePath">Path of the database file, e.g. <c>data/demo.db</c>; its folder is created if needed.</param>
    /// <param name="clock">Supplies today's date and the generation timestamp.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <exception cref="InvalidOperationException">The file exists but is not a demo database.</exception>
    public static async Task<DemoDatabaseInfo> EnsureCreatedAsync(string sqliteFilePath, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sqliteFilePath);
        ArgumentNullException.ThrowIfNull(clock);
        var path = Path.GetFullPath(sqliteFilePath);
        if (File.Exists(path)) return await ReadInfoAsync(path, cancellationToken);

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var now = clock.GetUtcNow();
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var connection = new SqliteConnection(ConnectionString(temp, SqliteOpenMode.ReadWriteCreate)))
            {
                await connection.OpenAsync(cancellationToken);
                await UseWriteAheadLogAsync(connection, cancellationToken);
                var data = DemoDataGenerator.Generate(DateOnly.FromDateTime(now.UtcDateTime));
                await CreateAsync(connection, data, cancellationToken, now);
            }
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: theirs wins.
                return await ReadInfoAsync(path, cancellationToken);
            }
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        var info = await ReadInfoAsync(path, cancellationToken);
        return info with { Created = true };
    }

    /// <summary>A connection string for a demo file, without pooling so that the file is released on dispose.</summary>
    public static string ConnectionString(string sqliteFilePath, SqliteOpenMode mode = SqliteOpenMode.ReadOnly) =>
        new SqliteConnectionStringBuilder { DataSource = sqliteFilePath, Mode = mode, Pooling = false }.ToString();

    /// <summary>
    /// Switches the file to write-ahead logging (a setting stored in the file): readers then never wait for the
    /// daily extension and see the data before or after it, never a part of it. Switching needs a moment in which
    /// no other connection uses the file; once switched, the call changes nothing.
    /// </summary>
    internal static async Task UseWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<DemoDatabaseInfo> ReadInfoAsync(string path, CancellationToken cancellationToken)
    {
        // Read-write (read-only when the file is write-protected) so that closing removes the -wal and -shm files.
        await using var connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadWrite));
        await connection.OpenAsync(cancellationToken);
        var meta = new Dictionary<string, string>();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM demo_meta";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) meta[reader.GetString(0)] = reader.GetString(1);
        }
        catch (SqliteException e)
        {
            throw new InvalidOperationException($"'{path}' exists but is not a ReportGraph demo database (no demo_meta table). Move it away or point the demo data source elsewhere.", e);
        }
        if (!meta.TryGetValue("first_day", out var first) || !meta.TryGetValue("last_day", out var last) || !meta.TryGetValue("generated_at", out var at))
            throw new InvalidOperationException($"'{path}' has an incomplete demo_meta table (first_day, last_day and generated_at are required).");
        return new DemoDatabaseInfo(path, false,
            DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The text stored for a status: lower case, <c>no-show</c> with a dash.</summary>
    internal static string StatusText(Enum status) => status switch
    {
        SessionStatus.NoShow => "no-show",
        _ => status.ToString().ToLowerInvariant(),
    };
}
