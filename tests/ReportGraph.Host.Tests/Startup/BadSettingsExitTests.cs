using System.Diagnostics;
using ReportGraph.Host.Tests.EndToEnd.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Startup;

/// <summary>
/// The real host process with a bad setting: it stops with exit code 1 and one line per problem on stderr, naming the
/// key and what is allowed — no unhandled exception (exit code 134) and no stack trace.
/// </summary>
public sealed class BadSettingsExitTests : IDisposable
{
    private readonly TempFolder _folder = new("rg-settings");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Security:SessionLifetime", "00:00:00", "Security:SessionLifetime must be from 00:01:00 to 365.00:00:00")]
    [InlineData("Security:SessionLifetime", "-01:00:00", "Security:SessionLifetime must be from 00:01:00 to 365.00:00:00")]
    [InlineData("Security:SessionLifetime", "soon", "Security:SessionLifetime must be a time span such as 00:30:00")]
    [InlineData("Rendering:Pdf:PageSize", "A3", "Rendering:Pdf:PageSize must be one of A4, Letter (got \"A3\")")]
    [InlineData("Executions:Culture", "xx-NOWHERE", "Executions:Culture must be a culture name the system knows")]
    [InlineData("Executions:MaxConcurrent", "0", "Executions:MaxConcurrent must be from 1 to 64.")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider must be one of Sqlite, PostgreSQL (got \"Oracle\")")]
    [InlineData("DataSources:demo:Provider", "Oracle", "DataSources:demo:Provider must be Sqlite or PostgreSQL")]
    [InlineData("Delivery:MaxAttempts", "many", "Delivery:MaxAttempts must be a whole number (got \"many\")")]
    [InlineData("Delivery:Smtp:Security", "Tls", "Delivery:Smtp:Security must be one of None, StartTls, ImplicitTls")]
    [InlineData("Security:AllowedOrigins:0", "https://example.com/app", "Security:AllowedOrigins:0 must be an origin")]
    [InlineData("Scheduler:MaxConcurrency", "0", "Scheduler:MaxConcurrency must be from 1 to 100.")]
    [InlineData("Scheduler:BatchSize", "20", "Scheduler:BatchSize must be from 1 to Scheduler:MaxConcurrency (10) (got 20).")]
    [InlineData("Scheduler:BatchSize", "some", "Scheduler:BatchSize must be a whole number (got \"some\")")]
    [InlineData("Schedules:MinimumInterval", "2.00:00:00", "Schedules:MinimumInterval must be from 00:00:00 to 1.00:00:00")]
    [InlineData("Security:KeyProtectionCertificate:Path", "no-such.pfx", "Security:KeyProtectionCertificate:Path must name an existing PFX file")]
    [InlineData("GraphQL:PersistedDocuments", "no-such-folder", "GraphQL:PersistedDocuments must be a folder of persisted document manifests")]
    [InlineData("GraphQL:OnlyPersistedDocuments", "true", "GraphQL:OnlyPersistedDocuments needs GraphQL:PersistedDocuments")]
    public async Task A_bad_value_stops_the_host_with_exit_code_1_and_one_line_naming_the_key(string key, string value, string expected)
    {
        var (exitCode, errors, output) = await RunAsync(new Dictionary<string, string?> { [key] = value });

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{output}");
        var line = Assert.Single(errors);
        Assert.StartsWith(expected, line);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Unhandled exception", output);
    }

    [Fact]
    public async Task Every_bad_value_gets_its_own_line()
    {
        var (exitCode, errors, output) = await RunAsync(new Dictionary<string, string?>
        {
            ["Security:SessionLifetime"] = "00:00:00",
            ["Executions:Culture"] = "xx-NOWHERE",
            ["Delivery:MaxParallelSends"] = "0",
        });

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{output}");
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Security:SessionLifetime", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Executions:Culture", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Delivery:MaxParallelSends", StringComparison.Ordinal));
    }

    /// <summary>Runs the built host until it exits (at most a minute); its stderr lines and all of its output.</summary>
    private async Task<(int ExitCode, List<string> Errors, string Output)> RunAsync(IDictionary<string, string?> settings)
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
        var values = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _folder.Combine("data"),
            ["Plugins:CatalogPath"] = RepositoryPaths.PluginsJson,
            ["Urls"] = "http://127.0.0.1:0",
            ["Demo:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

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
            throw new TimeoutException("The host did not stop within a minute (it should refuse the settings): " + await stdout);
        }

        var errors = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, errors, await stdout + "\n" + string.Join("\n", errors));
    }
}
