using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ReportGraph.Host.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run: Debian's <c>initdb</c> and <c>pg_ctl</c> in a temp folder,
/// listening on a free loopback port with its unix socket in that folder, trust authentication, no fsync.
/// Stopped and deleted on dispose. PostgreSQL refuses to run as root, so when the tests run as root the
/// server runs as the <c>postgres</c> account through <c>runuser</c>, owning its folder.
/// Use it as an xunit collection fixture; each test class takes its own database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Superuser = "postgres";
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rg-pg-{Guid.NewGuid():N}");
    private string _bin = "";
    private string _settings = "";
    private bool _started;

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The server's log, for failure messages.</summary>
    public string LogFile => System.IO.Path.Combine(_folder, "server.log");

    private string DataFolder => System.IO.Path.Combine(_folder, "data");

    /// <summary>Runs the server as the <c>postgres</c> account when this process is root.</summary>
    private static bool RunAsPostgresAccount => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        _bin = FindBinFolder();
        Directory.CreateDirectory(_folder);
        if (RunAsPostgresAccount)
        {
            await RunAsync("chown", ["-R", Superuser, _folder]);
        }

        await RunServerToolAsync("initdb", ["-D", DataFolder, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C"]);

        // A free port can be taken between probing and binding; a few attempts make that race harmless.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            var settings = _settings = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            try
            {
                await RunServerToolAsync("pg_ctl", ["-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", settings, "start"]);
                _started = true;
                break;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Port taken meanwhile: try another.
            }
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started)
        {
            try
            {
                await RunServerToolAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder is still removed below.
            }
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp eventually; a leftover folder must not fail the run.
        }
    }

    /// <summary>
    /// Stops the server (fast shutdown: open connections are cut) and starts it again on the same port and folder, as
    /// a database restart or failover does to the clients.
    /// </summary>
    public async Task RestartAsync(TimeSpan? down = null)
    {
        await RunServerToolAsync("pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "stop"]);
        await Task.Delay(down ?? TimeSpan.FromSeconds(2));
        await RunServerToolAsync("pg_ctl", ["-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", _settings, "start"]);
        // This process's pooled connections died with the server; the hosts under test must cope on their own.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Connection string for <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        // Plenty for two in-process "nodes" racing, with EF and Quartz on each.
        MaxPoolSize = 50,
    }.ConnectionString;

    /// <summary>Creates a fresh, empty database named after <paramref name="prefix"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 13)];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static string FindBinFolder()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => System.IO.Path.Combine(d, "bin"))
                .Where(d => File.Exists(System.IO.Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql/*/bin; install them with " +
            "`apt-get install postgresql` (scripts/install-test-deps.sh does).");
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = System.IO.Path.Combine(_bin, tool);
        return RunAsPostgresAccount
            ? RunAsync("runuser", ["-u", Superuser, "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private async Task RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // A working folder the postgres account can enter (it cannot enter root's home).
            WorkingDirectory = _folder,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        // Read both pipes while waiting so a chatty tool cannot block on a full pipe.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "";
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}\n{log}");
        }
    }
}
