using System.Diagnostics;
using System.Text.Json;
using ReportGraph.GraphQL.Introspection;

namespace ReportGraph.GraphQL.Tests.Validation;

/// <summary>
/// Runs graphql-js (tests/node/validate-oracle.mjs) over the corpus once per test run and keeps its verdicts; graphql-js
/// gets the schema as the SDL printed from the engine's schema.
/// Installs the pinned npm packages with <c>npm ci</c> first when tests/node/node_modules is missing.
/// </summary>
internal static class GraphQLJsOracle
{
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<OracleResult> Cached = new(Run);

    /// <summary>graphql-js's verdicts for every corpus document, by file name.</summary>
    public static OracleResult Result => Cached.Value;

    /// <summary>tests/node, found relative to this test folder.</summary>
    public static string NodeFolder => Path.GetFullPath(Path.Combine(ValidationTestSchema.SourceFolder, "..", "..", "node"));

    private static OracleResult Run()
    {
        if (!Directory.Exists(Path.Combine(NodeFolder, "node_modules", "graphql")))
        {
            var (code, _, error) = Exec("npm", NodeFolder, "ci", "--no-audit", "--no-fund", "--loglevel=error");
            if (code != 0) throw new InvalidOperationException($"`npm ci` in {NodeFolder} failed ({code}): {error}");
        }
        // graphql-js builds its schema from the SDL our SchemaPrinter prints for the engine's schema.
        var sdlFile = Path.Combine(Path.GetTempPath(), $"validation-test-schema-{Environment.ProcessId}.graphql");
        File.WriteAllText(sdlFile, SchemaPrinter.Print(ValidationTestSchema.Instance));
        var (exit, output, stderr) = Exec("node", NodeFolder, "validate-oracle.mjs", sdlFile, ValidationTestSchema.CorpusFolder);
        File.Delete(sdlFile);
        if (exit != 0) throw new InvalidOperationException($"validate-oracle.mjs failed ({exit}): {stderr}");
        return JsonSerializer.Deserialize<OracleResult>(output, CaseInsensitive)
            ?? throw new InvalidOperationException("validate-oracle.mjs printed nothing.");
    }

    private static (int Code, string Output, string Error) Exec(string file, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A node process that never ends would hang every test waiting for it: give up after three minutes.
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within 3 minutes.");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>The oracle's output.</summary>
internal sealed class OracleResult
{
    public string GraphqlVersion { get; set; } = "";
    public Dictionary<string, OracleVerdict> Results { get; set; } = new();
}

/// <summary>graphql-js's verdict on one document.</summary>
internal sealed class OracleVerdict
{
    public bool? Valid { get; set; }
    public string? SyntaxError { get; set; }
    public string? Crash { get; set; }
    public List<OracleError> Errors { get; set; } = new();
    public List<OracleError> HiddenSuggestionErrors { get; set; } = new();
}

/// <summary>One graphql-js validation error.</summary>
internal sealed class OracleError
{
    public string Message { get; set; } = "";
    public List<OracleLocation> Locations { get; set; } = new();
}

/// <summary>A line/column pair.</summary>
internal sealed class OracleLocation
{
    public int Line { get; set; }
    public int Column { get; set; }
}
