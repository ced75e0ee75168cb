using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Rendering;
using ReportGraph.Rendering.Csv;
using ReportGraph.Rendering.Html;
using ReportGraph.Rendering.Json;
using ReportGraph.Rendering.Pdf;
using ReportGraph.Rendering.Xlsx;

namespace ReportGraph.Benchmarks;

/// <summary>
/// Renders one size in a fresh process and prints wall time, peak working set, total allocations and the largest
/// live managed heap seen, to show whether memory grows with the number of rows.
/// </summary>
internal static class PeakMemoryProbe
{
    /// <summary>Runs every size in its own child process so peaks do not mix.</summary>
    public static int RunAll(IEnumerable<int> sizes, string format)
    {
        Console.WriteLine($"format={format}");
        Console.WriteLine("rows      | time (s) | output (MB) | peak working set (MB) | max live heap (MB) | allocated (MB)");
        foreach (var rows in sizes)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                start.ArgumentList.Add(typeof(PeakMemoryProbe).Assembly.Location);
            }
            start.ArgumentList.Add("--probe");
            start.ArgumentList.Add(rows.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add(format);
            using var child = Process.Start(start)!;
            Console.WriteLine(child.StandardOutput.ReadToEnd().TrimEnd());
            child.WaitForExit();
            if (child.ExitCode != 0) return child.ExitCode;
        }
        return 0;
    }

    public static async Task<int> RunOneAsync(int rows, ReportFormat format)
    {
        var renderer = Renderers().Get(format);
        // Warm up (fonts, JIT) on a small table so the probe measures rows, not start-up.
        using (var warm = new TempFileOutput())
        {
            await renderer.RenderAsync(BenchReports.Claims(100), warm, CancellationToken.None);
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Run 1: wall time, allocations and peak working set, undisturbed.
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        long outputBytes;
        using (var output = new TempFileOutput())
        {
            await renderer.RenderAsync(BenchReports.Claims(rows), output, CancellationToken.None);
            outputBytes = output.TotalBytes;
        }
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peakWorkingSet = self.PeakWorkingSet64;

        // Run 2: the largest live managed heap, sampled every 50 ms after a full collection (so garbage not yet
        // collected does not count), to show what the renderer really holds while rows stream through.
        var maxLive = GC.GetTotalMemory(forceFullCollection: true);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                maxLive = Math.Max(maxLive, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(50);
            }
        });
        using (var output = new TempFileOutput())
        {
            await renderer.RenderAsync(BenchReports.Claims(rows), output, CancellationToken.None);
        }
        await sampling.CancelAsync();
        await sampler;
        Console.WriteLine($"{rows,-9} | {clock.Elapsed.TotalSeconds,8:F2} | {outputBytes / 1e6,11:F1} | {peakWorkingSet / 1e6,21:F0} | {maxLive / 1e6,17:F1} | {allocated / 1e6,14:F0}");
        return 0;
    }

    internal static ReportRenderers Renderers() =>
        new([new PdfReportRenderer(Options.Create(new PdfRenderingOptions())), new CsvReportRenderer(), new XlsxReportRenderer(), new JsonReportRenderer(), new HtmlReportRenderer()]);
}
