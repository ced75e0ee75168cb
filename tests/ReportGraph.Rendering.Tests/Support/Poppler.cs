using System.Diagnostics;
using System.Globalization;

namespace ReportGraph.Rendering.Tests.Support;

/// <summary>Runs poppler-utils (pdftotext, pdfinfo, pdftoppm; Debian package poppler-utils) on generated PDFs; any error or warning poppler prints fails.</summary>
internal static class Poppler
{
    public static string Text(string pdf, int? page = null, bool layout = false)
    {
        var args = new List<string>();
        if (layout) args.Add("-layout");
        if (page is { } p) args.AddRange(["-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture)]);
        args.AddRange([pdf, "-"]);
        return Run("pdftotext", args);
    }

    public static Dictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", [pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());

    /// <summary>The font lines of pdffonts.</summary>
    public static List<string> Fonts(string pdf) => Run("pdffonts", [pdf]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

    public static int PageCount(string pdf) => int.Parse(Info(pdf)["Pages"], CultureInfo.InvariantCulture);

    public static string FirstPagePng(string pdf, string outputPrefix, int dpi = 60)
    {
        Run("pdftoppm", ["-png", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", pdf, outputPrefix]);
        return outputPrefix + ".png";
    }

    private static string Run(string tool, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed: apt-get install -y poppler-utils", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {stderr}");
            }
            // Poppler reports what it had to repair ("Syntax Error", "Syntax Warning") on stderr and carries on.
            if (stderr.Contains("Error", StringComparison.OrdinalIgnoreCase) || stderr.Contains("Warning", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{tool} found problems in the PDF: {stderr}");
            }
            return stdout.Result;
        }
    }
}
