using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ReportGraph.Host.Data;
using ReportGraph.Host.Executions;
using ReportGraph.Host.Schedules;
using ReportGraph.Host.Schedules.Recurrences;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.EndToEnd.Support;

/// <summary>
/// The host as a real operating-system process (<c>dotnet ReportGraph.Host.dll --Key=Value…</c>), so a test can kill it
/// the hard way — no graceful stop, no finally blocks — and start another one on the same data folder.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, int port, ConcurrentQueue<string> output)
    {
        _process = process;
        Port = port;
        Output = output;
    }

    public int Port { get; }

    /// <summary>Everything the process wrote to stdout and stderr.</summary>
    public ConcurrentQueue<string> Output { get; }

    /// <summary>
    /// The built host next to this test assembly's build: <c>{artifacts}/bin/ReportGraph.Host/{config}</c> with
    /// <c>--artifacts-path</c>, else <c>src/Host/bin/{Config}/net10.0</c>.
    /// </summary>
    public static string HostAssembly
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var candidates = new[]
            {
                Path.Combine(testOutput.Parent!.Parent!.FullName, "ReportGraph.Host", testOutput.Name, "ReportGraph.Host.dll"),
                Path.Combine(RepositoryPaths.Root, "src", "Host", "bin", testOutput.Parent!.Name, testOutput.Name, "ReportGraph.Host.dll"),
            };
            return candidates.FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException("The built host was not found; looked at: " + string.Join(", ", candidates));
        }
    }

    /// <summary>
    /// Starts the host with <paramref name="settings"/> as command-line configuration (and <paramref name="environment"/>
    /// variables, e.g. SSL_CERT_FILE to trust a test certificate) and waits until it answers.
    /// </summary>
    public static async Task<HostProcess> StartAsync(string dataDirectory, string catalogPath, int smtpPort, IDictionary<string, string?> settings,
        IDictionary<string, string>? environment = null)
    {
        var port = SmtpTestServer.FreePort();
        var values = EndToEndHost.BaseSettings(smtpPort);
        values["Storage:DataDirectory"] = dataDirectory;
        values["Plugins:CatalogPath"] = catalogPath;
        values["Urls"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var assembly = HostAssembly;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(assembly);
        foreach (var (key, value) in values)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue("ERR " + e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, port, output);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host process exited with {process.ExitCode}:\n{host.Tail()}");
            }

            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health/live")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer while starting.
            }

            if (DateTime.UtcNow > deadline)
            {
                await host.DisposeAsync();
                throw new TimeoutException("The host process did not answer /health/live within 60 s:\n" + host.Tail());
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Creates a schedule and a queued manual execution with an in-process host that is then stopped, so the
    /// execution waits in the store for the first host process to take it.
    /// </summary>
    public static async Task<Guid> QueueRunAsync(string data, string catalogPath, string[] recipients, string reportType, object parameters)
    {
        await using var setup = EndToEndHost.Start(data, catalogPath, SmtpTestServer.FreePort(), new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["Executions:PollInterval"] = "00:10:00", // its worker must not take the execution
        });
        var owner = await setup.CreateOwnerAsync();
        var schedule = await setup.CreateScheduleAsync(owner, reportType, new RecurrenceInput(RecurrenceKind.Daily, new TimeOnly(6, 0)), recipients, parameters);
        await using var db = await setup.Db();
        var now = DateTimeOffset.UtcNow;
        var execution = new Execution
        {
            ScheduleId = schedule.Id,
            Trigger = ExecutionTrigger.Manual,
            Status = ExecutionStatus.Queued,
            ScheduledFor = now,
            CreatedAt = now,
            RequestedById = owner.UserId,
        };
        db.Executions.Add(execution); // straight into the store: no wake-up signal for the setup host's worker
        await db.SaveChangesAsync();
        return execution.Id;
    }

    /// <summary>Kills the process and its children at once, like a power cut or <c>kill -9</c>.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>The last lines of output, for failure messages.</summary>
    public string Tail(int lines = 60) => string.Join("\n", Output.TakeLast(lines));

    /// <summary>A store context on a host's data folder, for a test that checks the store while no host (or a process) runs.</summary>
    public static ReportGraphDbContext OpenStore(string dataDirectory) =>
        new(new DbContextOptionsBuilder<ReportGraphDbContext>().UseSqlite($"Data Source={Path.Combine(dataDirectory, "reportgraph.db")}").Options);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }
}
