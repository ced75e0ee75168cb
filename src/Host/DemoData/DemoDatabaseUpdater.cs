using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportGraph.Host.DemoData;

/// <summary>What <see cref="DemoDatabaseUpdater.UpdateAsync"/> did.</summary>
/// <param name="PreviousLastDay">The last day the data covered before.</param>
/// <param name="LastDay">The last day it covers now; equal to <paramref name="PreviousLastDay"/> when it was up to date.</param>
/// <param name="RowsAdded">Rows appended for the new days.</param>
/// <param name="ClaimsSettled">Claims of the drifting payers whose outcome changed because the drift moved on to the new last weeks.</param>
public sealed record DemoUpdateResult(DateOnly PreviousLastDay, DateOnly LastDay, int RowsAdded, int ClaimsSettled)
{
    /// <summary>True when days were added.</summary>
    public bool Extended => LastDay > PreviousLastDay;
}

/// <summary>
/// Brings an existing SQLite demo database up to today by appending the missing days, in one transaction.
/// </summary>
/// <remarks>
/// <para>Appending, not regenerating: the rows already there keep their ids and values, so the numbers of earlier
/// executions can still be found in the data. Each new day comes out exactly as in a data set generated new up to
/// today (<see cref="DemoDataGenerator"/> makes every day from the seed and the day alone).</para>
/// <para>One exception keeps the payer drift story true: the drift lives in the four weeks before the last day, so
/// when the last day moves on, the extra denials of the two drifting payers in the four weeks before the old last
/// day are settled to what the new last day gives — mostly overturned to paid, as appeals of missing-authorisation
/// denials are in real life. Only the outcome, paid amount and denial reason of those claims change; which claims
/// exist, their ids and billed amounts do not. Without this, the old drift would sit in the new baseline weeks and
/// the payer drift report would stop flagging anyone a month later.</para>
/// <para>Readers are never blocked and never see a part of the update: the file uses write-ahead logging and a
/// reader's query sees the data before or after the transaction. The transaction starts with the write lock
/// (BEGIN IMMEDIATE) and reads the last day inside it, so two updaters at once add the days once.</para>
/// </remarks>
public static class DemoDatabaseUpdater
{
    /// <summary>
    /// The <c>demo_meta</c> key holding the first day whose rows this generator made; earlier days (a file from an
    /// older version) are never recomputed.
    /// </summary>
    internal const string ExtendableFromKey = "extendable_from";

    /// <summary>Appends the days after the file's last day up to today (UTC by <paramref name="clock"/>).</summary>
    /// <param name="sqliteFilePath">The demo database, made by <see cref="DemoDatabase.EnsureCreatedAsync"/>.</param>
    /// <param name="clock">Supplies today and the time recorded as <c>refreshed_at</c>.</param>
    /// <param name="lockTimeout">How long to wait when another connection holds the write lock.</param>
    /// <param name="cancellationToken">Cancels the update; nothing is changed.</param>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="sqliteFilePath"/>.</exception>
    /// <exception cref="InvalidOperationException">The file is not a demo database, or its rows do not match the generator.</exception>
    /// <exception cref="SqliteException">The file cannot be written (read-only, locked beyond <paramref name="lockTimeout"/>).</exception>
    public static async Task<DemoUpdateResult> UpdateAsync(string sqliteFilePath, TimeProvider clock, TimeSpan lockTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sqliteFilePath);
        ArgumentNullException.ThrowIfNull(clock);
        var path = Path.GetFullPath(sqliteFilePath);
        if (!File.Exists(path)) throw new FileNotFoundException($"There is no demo database at '{path}' to bring up to date.", path);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(lockTimeout.TotalSeconds)),
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Refuse a file that is not a demo database before changing anything about it, even its journal mode.
        await ReadMetaAsync(connection, null, path, cancellationToken);
        try
        {
            await DemoDatabase.UseWriteAheadLogAsync(connection, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED: readers wait a moment at the commit instead
        {
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var meta = await ReadMetaAsync(connection, transaction, path, cancellationToken);
        if (today <= meta.LastDay) return new DemoUpdateResult(meta.LastDay, meta.LastDay, 0, 0);

        var people = DemoPopulation.Create(meta.Seed);
        var sequences = await ReadSequencesAsync(connection, transaction, cancellationToken);
        var days = DemoDataGenerator.GenerateDays(people, sequences, meta.FirstDay, meta.LastDay.AddDays(1), today);
        await DemoRowWriter.InsertDaysAsync(connection, transaction, days, cancellationToken);
        var settled = await SettleDriftAsync(connection, transaction, people, meta, today, cancellationToken);

        await WriteMetaAsync(connection, transaction, "last_day", DemoRowWriter.Iso(today), cancellationToken);
        await WriteMetaAsync(connection, transaction, ExtendableFromKey, DemoRowWriter.Iso(meta.ExtendableFrom), cancellationToken);
        await WriteMetaAsync(connection, transaction, "refreshed_at", now.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DemoUpdateResult(meta.LastDay, today, days.RowCount, settled);
    }

    /// <summary>Recomputes the drifting payers' claims of the four weeks before the old last day against the new last day.</summary>
    private static async Task<int> SettleDriftAsync(DbConnection connection, DbTransaction transaction, DemoPopulation people, Meta meta,
        DateOnly lastDay, CancellationToken cancellationToken)
    {
        var from = meta.LastDay.AddDays(1 - DemoClaimDay.DriftDays);
        if (from < meta.ExtendableFrom) from = meta.ExtendableFrom;

        await using var select = Command(connection, transaction,
            "SELECT id, outcome, denial_reason FROM claims WHERE payer_id = @payer AND submitted_on = @day ORDER BY id", "@payer", "@day");
        await using var update = Command(connection, transaction,
            "UPDATE claims SET outcome = @outcome, paid_amount = @paid, denial_reason = @reason WHERE id = @id", "@outcome", "@paid", "@reason", "@id");
        var settled = 0;
        for (var day = from; day <= meta.LastDay; day = day.AddDays(1))
        {
            for (var p = 0; p < DemoNames.Payers.Length; p++)
            {
                var payerId = DemoNames.Payers[p].Id;
                if (!DemoNames.Drift.ContainsKey(payerId)) continue;
                var expected = DemoClaimDay.Generate(people, p, day, lastDay);
                select.Parameters["@payer"].Value = payerId;
                select.Parameters["@day"].Value = DemoRowWriter.Iso(day);
                var stored = new List<(long Id, string Outcome, string? Reason)>();
                await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                        stored.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
                }
                if (stored.Count != expected.Count)
                {
                    throw new InvalidOperationException(
                        $"The demo database has {stored.Count} claims of {payerId} on {day:yyyy-MM-dd} where the generator makes {expected.Count}; " +
                        "it was changed by hand or by another generator. Delete it to have it generated again.");
                }

                foreach (var (row, claim) in stored.Zip(expected))
                {
                    var outcome = DemoDatabase.StatusText(claim.Outcome);
                    if (row.Outcome == outcome && row.Reason == claim.DenialReason) continue;
                    update.Parameters["@outcome"].Value = outcome;
                    update.Parameters["@paid"].Value = (double)claim.PaidAmount;
                    update.Parameters["@reason"].Value = (object?)claim.DenialReason ?? DBNull.Value;
                    update.Parameters["@id"].Value = row.Id;
                    await update.ExecuteNonQueryAsync(cancellationToken);
                    settled++;
                }
            }
        }
        return settled;
    }

    private sealed record Meta(int Seed, DateOnly FirstDay, DateOnly LastDay, DateOnly ExtendableFrom);

    private static async Task<Meta> ReadMetaAsync(DbConnection connection, DbTransaction? transaction, string path, CancellationToken cancellationToken)
    {
        var meta = new Dictionary<string, string>();
        try
        {
            await using var command = Command(connection, transaction, "SELECT key, value FROM demo_meta");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) meta[reader.GetString(0)] = reader.GetString(1);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1) // SQLITE_ERROR: no such table
        {
            throw new InvalidOperationException($"'{path}' is not a ReportGraph demo database (no demo_meta table); it is left as it is.", e);
        }

        if (!meta.TryGetValue("seed", out var seed) || !meta.TryGetValue("first_day", out var first) || !meta.TryGetValue("last_day", out var last))
            throw new InvalidOperationException($"'{path}' has an incomplete demo_meta table (seed, first_day and last_day are required).");
        var lastDay = ParseDay(last);
        // A file from before the day-by-day generator: its days stay as they are; only days added from now on are recomputed.
        var extendableFrom = meta.TryGetValue(ExtendableFromKey, out var from) ? ParseDay(from) : lastDay.AddDays(1);
        return new Meta(int.Parse(seed, CultureInfo.InvariantCulture), ParseDay(first), lastDay, extendableFrom);
    }

    private static async Task<DemoSequences> ReadSequencesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var sequences = new DemoSequences
        {
            LastLessonId = await MaxIdAsync("lessons"),
            LastAssessmentId = await MaxIdAsync("assessments"),
            LastSessionId = await MaxIdAsync("tutoring_sessions"),
            LastClaimId = await MaxIdAsync("claims"),
        };
        await using var command = Command(connection, transaction, "SELECT class_name, subject_id, COUNT(*) FROM assessments GROUP BY class_name, subject_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            sequences.AssessmentCounts[(reader.GetString(0), reader.GetInt32(1))] = reader.GetInt32(2);
        return sequences;

        async Task<int> MaxIdAsync(string table)
        {
            await using var max = Command(connection, transaction, $"SELECT COALESCE(MAX(id), 0) FROM {table}");
            return Convert.ToInt32(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
    }

    private static async Task WriteMetaAsync(DbConnection connection, DbTransaction transaction, string key, string value, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "INSERT INTO demo_meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", "@key", "@value");
        command.Parameters["@key"].Value = key;
        command.Parameters["@value"].Value = value;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }
        return command;
    }

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
