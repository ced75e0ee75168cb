using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReportGraph.PipelineBench;

/// <summary>A child process whose output is kept for error messages, killed with its children on dispose.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly ConcurrentQueue<string> _output = new();

    public ChildProcess(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process = new Process { StartInfo = start };
        Process.OutputDataReceived += (_, e) => { if (e.Data is not null) Keep(e.Data); };
        Process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Keep(e.Data); };
        Process.Start();
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public IEnumerable<string> Output => _output;

    /// <summary>The last lines written, for failure messages.</summary>
    public string Tail(int lines = 40) => string.Join("\n", _output.TakeLast(lines));

    /// <summary>Peak resident memory of the process so far (VmHWM on Linux).</summary>
    public long PeakWorkingSet()
    {
        Process.Refresh();
        return Process.PeakWorkingSet64;
    }

    /// <summary>User + system CPU time the process has used so far (its threads, not its children).</summary>
    public TimeSpan CpuTime()
    {
        Process.Refresh();
        return Process.TotalProcessorTime;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        Process.Dispose();
    }

    private void Keep(string line)
    {
        _output.Enqueue(line);
        while (_output.Count > 500 && _output.TryDequeue(out _))
        {
        }
    }
}
