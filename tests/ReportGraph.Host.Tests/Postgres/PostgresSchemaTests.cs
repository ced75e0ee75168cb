using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReportGraph.Host.Security;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>The hand-written migrations on a real PostgreSQL server: they apply, re-apply harmlessly, and match the model.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresServer server)
{
    [Fact]
    public async Task Migrations_apply_on_an_empty_database_and_build_the_schema_the_model_expects()
    {
        var migrated = await server.CreateDatabaseAsync("schema_migrated");
        var created = await server.CreateDatabaseAsync("schema_created");
        await using (var db = PostgresStore.Open(migrated))
        {
            Assert.Equal(["20261121000000_InitialSchema", "20261203000000_SmtpXOAuth2", "20261203100000_DurableDeliveryRetries", "20261203110000_Accounts", "20261203120000_SendWhenAndFailureNotices", "20261203130000_PersonalisedSchedules", "20261203140000_Webhooks", "20261203150000_ClusterStorage", "20261204100000_KeptEmailsInStore", "20261204110000_ScaleIndexes"], await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = PostgresStore.Open(created)) { await db.Database.EnsureCreatedAsync(); }

        var expected = await DescribeAsync(created);
        var actual = await DescribeAsync(migrated);
        Assert.Contains(expected, line => line.StartsWith("column executions.ScheduledFor timestamp with time zone", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Migrating_again_is_a_no_op_that_keeps_the_rows()
    {
        var database = await server.CreateDatabaseAsync("schema_again");
        await using (var db = PostgresStore.Open(database))
        {
            await db.Database.MigrateAsync();
            db.Users.Add(new User { Email = "a@example.org", NormalizedEmail = "A@EXAMPLE.ORG", Name = "A", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var before = await DescribeAsync(database);
        await using (var db = PostgresStore.Open(database))
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync();
            Assert.Equal("a@example.org", (await db.Users.SingleAsync()).Email);
        }

        Assert.Equal(before, await DescribeAsync(database));
        Assert.Equal(10L, await ScalarAsync(database, "SELECT count(*) FROM \"__EFMigrationsHistory\"")); // one row per migration, none twice
    }

    [Theory]
    [InlineData("executions", "ix_executions_occurrence", "(\"ScheduleId\", \"Trigger\", \"ScheduledFor\")")]
    [InlineData("recipients", "ix_recipients_schedule_email", "(\"ScheduleId\", \"NormalizedEmail\")")]
    [InlineData("recipients", "ix_recipients_unsubscribe_token", "(\"UnsubscribeToken\")")]
    [InlineData("deliveries", "ix_deliveries_execution_email", "(\"ExecutionId\", \"NormalizedEmail\")")]
    [InlineData("users", "ix_users_normalized_email", "(\"NormalizedEmail\")")]
    [InlineData("api_keys", "ix_api_keys_prefix", "(\"Prefix\")")]
    [InlineData("smtp_settings", "ix_smtp_settings_owner_id", "(\"OwnerId\")")]
    public async Task The_migrated_schema_has_the_unique_indexes(string table, string index, string columns)
    {
        var database = await server.CreateDatabaseAsync("schema_unique");
        await using (var db = PostgresStore.Open(database)) { await db.Database.MigrateAsync(); }

        var definition = await ScalarAsync(database,
            $"SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = '{table}' AND indexname = '{index}'") as string;

        Assert.NotNull(definition);
        Assert.StartsWith($"CREATE UNIQUE INDEX {index} ON public.{table} USING btree {columns}", definition);
    }

    [Fact]
    public async Task The_scheduler_and_history_indexes_are_there_and_not_unique()
    {
        var database = await server.CreateDatabaseAsync("schema_lookup");
        await using (var db = PostgresStore.Open(database)) { await db.Database.MigrateAsync(); }

        Assert.Equal("CREATE INDEX ix_schedules_active_next_run ON public.schedules USING btree (\"IsActive\", \"NextRunAt\")",
            await ScalarAsync(database, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_schedules_active_next_run'"));
        Assert.Equal("CREATE INDEX ix_executions_schedule_created ON public.executions USING btree (\"ScheduleId\", \"CreatedAt\")",
            await ScalarAsync(database, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_executions_schedule_created'"));
        // Found needed by bench/scale: the history list's keyset order and retention's oldest finished executions.
        Assert.Equal("CREATE INDEX ix_executions_created ON public.executions USING btree (\"CreatedAt\", \"Id\")",
            await ScalarAsync(database, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_executions_created'"));
        Assert.Equal("CREATE INDEX ix_executions_finished ON public.executions USING btree (\"FinishedAt\")",
            await ScalarAsync(database, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_executions_finished'"));
    }

    /// <summary>Columns (type, length, nullability), indexes (full definition) and constraints (full definition) of the public schema.</summary>
    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '-') || ' ' || is_nullable
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
            ORDER BY 1
            """;
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
