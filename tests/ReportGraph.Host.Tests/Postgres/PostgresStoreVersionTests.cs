using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReportGraph.Host.Data;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Postgres;

/// <summary>
/// A rolling upgrade meets nodes of two versions on one store. A node whose version is older than the store (the store
/// knows a migration it does not) refuses to start, with one line naming both versions; a node that was already
/// running keeps working, as migrations only add.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreVersionTests(PostgresServer server) : IAsyncLifetime
{
    private const string Future = "29991231000000_FromANewerRelease";
    private readonly TempFolder _folder = new("rg-pg-version");
    private string _database = "";

    public async Task InitializeAsync() => _database = await server.CreateDatabaseAsync("version");

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_node_older_than_the_store_refuses_to_start_naming_both_versions_while_a_running_node_keeps_working()
    {
        await using var running = EndToEndHost.Start(_folder.Combine("running"), RepositoryPaths.PluginsJson, 25, Settings("running"));
        string newest;
        await using (var db = await running.Db())
        {
            newest = db.Database.GetMigrations().Last();
        }

        // A newer release upgraded the store meanwhile (simulated: its migration is recorded).
        await using (var connection = new NpgsqlConnection(_database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES (@id, '10.0.0')", connection);
            command.Parameters.AddWithValue("id", Future);
            await command.ExecuteNonQueryAsync();
        }

        // In process: the start fails with the versions named.
        var error = Assert.ThrowsAny<Exception>(() => EndToEndHost.Start(_folder.Combine("in-process"), RepositoryPaths.PluginsJson, 25, Settings("in-process")));
        var newer = Assert.IsType<StoreNewerThanHostException>(error is AggregateException a ? a.Flatten().InnerExceptions.Single() : error);
        Assert.Equal((Future, newest), (newer.StoreVersion, newer.HostVersion));

        // The real process: exit code 1 and one line on stderr, no stack trace there.
        var (exitCode, errors, output) = await RunProcessAsync(Settings("process"));
        Assert.True(exitCode == 1, $"exit code {exitCode}\n{output}");
        var line = Assert.Single(errors);
        Assert.Equal($"The store is at migration {Future}, newer than this version of ReportGraph knows (its newest is {newest}): "
            + "start the newer version on this node as well (nodes already running keep working).", line);

        // The node that was running still serves requests and writes to the store.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await running.CreateClient().GetAsync("/health/ready")).StatusCode);
        await running.CreateOwnerAsync();
    }

    private Dictionary<string, string?> Settings(string node) => new()
    {
        ["Database:Provider"] = "PostgreSQL",
        ["Database:ConnectionString"] = _database,
        ["Executions:NodeId"] = node,
        ["Scheduler:Enabled"] = "false",
    };

    /// <summary>Runs the built host until it exits (at most a minute): exit code, stderr lines, all output.</summary>
    private async Task<(int ExitCode, List<string> Errors, string Output)> RunProcessAsync(IDictionary<string, string?> settings)
    {
        var assembly = HostProcess.HostAssembly;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.ArgumentList.Add(assembly);
        var values = new Dictionary<string, string?>(settings)
        {
            ["Storage:DataDirectory"] = _folder.Combine("process-data"),
            ["Plugins:CatalogPath"] = RepositoryPaths.PluginsJson,
            ["Urls"] = "http://127.0.0.1:0",
            ["Demo:Enabled"] = "false",
        };
        foreach (var (key, value) in values)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host did not stop within a minute (it should refuse the newer store): " + await stdout);
        }

        var errors = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, errors, await stdout + "\n" + string.Join("\n", errors));
    }
}
