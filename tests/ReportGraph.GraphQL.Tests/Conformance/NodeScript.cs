using System.Diagnostics;
using System.Text.Json;
using ReportGraph.GraphQL.Tests.Http;

namespace ReportGraph.GraphQL.Tests.Conformance;

/// <summary>Runs a script from tests/node (graphql-js, graphql-http, graphql-ws, playwright-core) as a real process and reads its JSON output.</summary>
public static class NodeScript
{
    /// <summary>Runs <c>node script args…</c> in tests/node and parses stdout as JSON; fails with stderr when the script fails.</summary>
    public static async Task<JsonElement> RunAsync(string script, TimeSpan timeout, params string[] args)
    {
        var tools = RepositoryPaths.NodeTools;
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "graphql-http")))
            throw new InvalidOperationException($"The npm test tools are not installed in {tools}: run scripts/install-test-deps.sh (npm ci there).");

        var start = new ProcessStartInfo("node") { WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
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
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}. stderr: {await stderr}\nstdout: {output}");
        try
        {
            return JsonDocument.Parse(output).RootElement;
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"node {script} printed no JSON ({ex.Message}): {output}\nstderr: {await stderr}");
        }
    }
}
