using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ReportGraph.Host.Data;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>The real host configured for PostgreSQL: store migrated, ready, and Quartz's clustered store in the same database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHostTests(PostgresServer server) : IDisposable
{
    /// <summary>The tables every Quartz ADO store has (newer releases add more, such as execution history).</summary>
    private static readonly string[] QuartzTables =
    [
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_job_details", "qrtz_locks",
        "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_triggers",
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ReportGraphFactory Host(string connectionString, string node) => new(_folder.Combine(node), settings: new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSQL",
        ["Database:ConnectionString"] = connectionString,
        ["Executions:NodeId"] = node,
    });

    [Fact]
    public async Task The_host_starts_on_PostgreSQL_is_ready_and_Quartz_provisions_and_joins_its_clustered_store()
    {
        var database = await server.CreateDatabaseAsync("host");
        using var host = Host(database, "node-1");
        var client = host.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("\"store\"", body);

        Assert.Equal(MigrationCount(host), await ScalarAsync(database, "SELECT count(*) FROM \"__EFMigrationsHistory\"")); // every migration applied
        var tables = await ColumnAsync(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'qrtz%' ORDER BY 1");
        Assert.Superset(QuartzTables.ToHashSet(), tables.ToHashSet());

        // A clustered scheduler checks in to qrtz_scheduler_state; a non-clustered one never writes there.
        var nodes = await WaitForCheckInsAsync(database, 1);
        Assert.Single(nodes);
    }

    [Fact]
    public async Task Two_hosts_on_one_database_run_as_two_nodes_of_one_Quartz_cluster()
    {
        var database = await server.CreateDatabaseAsync("cluster");
        using var first = Host(database, "node-1");
        Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/health/ready")).StatusCode);
        using var second = Host(database, "node-2");
        Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync("/health/ready")).StatusCode);

        var nodes = await WaitForCheckInsAsync(database, 2);
        Assert.Equal(2, nodes.Distinct().Count());
        Assert.Equal(1L, await ScalarAsync(database, "SELECT count(DISTINCT sched_name) FROM qrtz_scheduler_state"));
    }

    [Fact]
    public void A_PostgreSQL_server_that_cannot_be_reached_stops_the_start_with_the_reason()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(server.ConnectionString("nowhere")) { Port = 1, Timeout = 3 }.ConnectionString;
        using var host = Host(unreachable, "node-1");

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("127.0.0.1", error.ToString());
    }

    [Fact]
    public async Task A_database_that_does_not_exist_yet_is_created_on_the_first_start()
    {
        var name = $"fresh_{Guid.NewGuid():N}";
        using var host = Host(server.ConnectionString(name), "node-1");

        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/health/ready")).StatusCode);
        Assert.Equal(1L, await ScalarAsync(server.ConnectionString("postgres"), $"SELECT count(*) FROM pg_database WHERE datname = '{name}'"));
        Assert.Equal(MigrationCount(host), await ScalarAsync(server.ConnectionString(name), "SELECT count(*) FROM \"__EFMigrationsHistory\"")); // every migration applied
    }

    /// <summary>Instance ids of the nodes that have checked in, once there are <paramref name="count"/> (or after 60 s).</summary>
    private static async Task<List<string>> WaitForCheckInsAsync(string database, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<string> nodes;
        do
        {
            nodes = await ColumnAsync(database, "SELECT instance_name FROM qrtz_scheduler_state ORDER BY 1");
            if (nodes.Count >= count)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        return nodes;
    }

    // Counted from the host's own migrations, so adding one does not break this test.
    private static long MigrationCount(ReportGraphFactory host)
    {
        using var scope = host.Services.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ReportGraphDbContext>>().CreateDbContext();
        return db.Database.GetMigrations().LongCount();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<string>> ColumnAsync(string connectionString, string sql)
    {
        var values = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
