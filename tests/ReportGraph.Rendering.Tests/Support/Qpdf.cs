using System.Diagnostics;
using System.Text.Json;

namespace ReportGraph.Rendering.Tests.Support;

/// <summary>
/// Runs qpdf (Debian package qpdf), an independent PDF parser, on generated files: <c>--check</c> validates the
/// cross-reference table, object syntax and every stream's encoding; <c>--json</c> shows the document structure.
/// </summary>
internal static class Qpdf
{
    /// <summary>Fails with qpdf's findings unless the file is free of syntax and stream errors and warnings.</summary>
    public static void AssertValid(string pdf)
    {
        var (code, stdout, stderr) = Run(["--check", pdf]);
        Assert.True(code == 0 && stdout.Contains("No syntax or stream encoding errors found", StringComparison.Ordinal),
            $"qpdf --check {pdf} exited {code}:\n{stdout}\n{stderr}");
    }

    /// <summary>qpdf's JSON (version 2) view of the document, limited to <paramref name="keys"/> (pages, outlines, objects...).</summary>
    public static JsonDocument Json(string pdf, params string[] keys)
    {
        var args = new List<string> { "--json=2" };
        args.AddRange(keys.Select(k => "--json-key=" + k));
        args.Add(pdf);
        var (code, stdout, stderr) = Run(args);
        Assert.True(code == 0, $"qpdf --json exited {code}: {stderr}");
        return JsonDocument.Parse(stdout);
    }

    private static (int Code, string Stdout, string Stderr) Run(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("qpdf is not installed: apt-get install -y qpdf", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr);
        }
    }
}
