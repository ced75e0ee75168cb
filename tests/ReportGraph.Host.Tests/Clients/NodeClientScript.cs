using System.Diagnostics;
using System.Text.Json;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Clients;

/// <summary>Runs a client script from tests/node as a real process, bounded in time, and reads the JSON it prints.</summary>
public static class NodeClientScript
{
    /// <summary>How long one client may take; a hung client fails its test instead of the run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "node");

    /// <summary>Runs <c>node script args…</c>; fails with stderr unless it exits 0 and prints JSON.</summary>
    public static Task<JsonElement> RunAsync(string script, params string[] args) => RunAsync(script, Timeout, args);

    /// <summary>Runs <c>node script args…</c> with its own time limit (a browser journey takes longer than a client call).</summary>
    public static async Task<JsonElement> RunAsync(string script, TimeSpan timeout, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@urql", "core")))
        {
            throw new InvalidOperationException($"The npm client packages are not installed in {Folder}: run scripts/install-test-deps.sh (npm ci there).");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout}. stderr: {await stderr}");
        }

        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}. stderr: {await stderr}\nstdout: {output}");
        }

        try
        {
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"node {script} printed no JSON ({ex.Message}): {output}\nstderr: {await stderr}");
        }
    }
}
