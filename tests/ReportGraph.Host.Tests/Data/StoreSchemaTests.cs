using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReportGraph.Host.Data;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Data;

/// <summary>The hand-written migrations must build exactly the schema the model expects.</summary>
public sealed class StoreSchemaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ReportGraphDbContext Open(string file) => new(new DbContextOptionsBuilder<ReportGraphDbContext>()
        .UseSqlite($"Data Source={file}")
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);

    [Fact]
    public async Task Migrations_produce_the_same_tables_columns_and_indexes_as_the_model()
    {
        var migrated = _folder.Combine("migrated.db");
        var created = _folder.Combine("created.db");
        await using (var db = Open(migrated)) { await db.Database.MigrateAsync(); }
        await using (var db = Open(created)) { await db.Database.EnsureCreatedAsync(); }

        Assert.Equal(await DescribeAsync(created), await DescribeAsync(migrated));
    }

    [Fact]
    public async Task Migrating_again_keeps_existing_rows()
    {
        var file = _folder.Combine("store.db");
        await using (var db = Open(file))
        {
            await db.Database.MigrateAsync();
            db.Users.Add(new ReportGraph.Host.Security.User { Email = "a@example.org", NormalizedEmail = "A@EXAMPLE.ORG", Name = "A", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var db = Open(file))
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync();
            Assert.Equal("a@example.org", (await db.Users.SingleAsync()).Email);
        }
    }

    /// <summary>Columns with type, nullability and primary-key position, and indexes with uniqueness and columns.</summary>
    private static async Task<List<string>> DescribeAsync(string file)
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' ORDER BY name";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) { tables.Add(reader.GetString(0)); }
        }

        foreach (var table in tables)
        {
            lines.Add(await QueryAsync(connection, $"SELECT group_concat(name || ' ' || type || ' ' || \"notnull\" || ' ' || pk, ', ') FROM (SELECT * FROM pragma_table_info('{table}') ORDER BY name)", table));
            lines.Add(await QueryAsync(connection, $"SELECT group_concat(name || ' ' || \"unique\", ', ') FROM (SELECT * FROM pragma_index_list('{table}') WHERE origin = 'c' ORDER BY name)", table + " indexes"));
            lines.Add(await QueryAsync(connection, $"SELECT group_concat(\"table\" || '.' || \"to\" || ' ' || on_delete, ', ') FROM (SELECT * FROM pragma_foreign_key_list('{table}') ORDER BY \"table\")", table + " fks"));
        }

        return lines;
    }

    private static async Task<string> QueryAsync(SqliteConnection connection, string sql, string label)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return label + ": " + (await cmd.ExecuteScalarAsync() as string);
    }
}
