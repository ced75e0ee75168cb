using System.Diagnostics;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Host.Rendering;

namespace ReportGraph.Benchmarks;

/// <summary>
/// Renders one size in a fresh process and prints wall time, peak working set, total allocations and the largest
/// managed heap seen (sampled every 5 ms), to show whether memory grows with the number of rows.
/// </summary>
internal static class PeakMemoryProbe
{
    /// <summary>Runs every size in its own child process so peaks do not mix.</summary>
    public static int RunAll(IEnumerable<int> sizes, string format)
    {
        Console.WriteLine($"format={format}");
        Console.WriteLine("rows      | time (s) | output (MB) | peak working set (MB) | max GC heap (MB) | allocated (MB)");
        foreach (var rows in sizes)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                start.ArgumentList.Add(typeof(PeakMemoryProbe).Assembly.Location);
            }
            start.ArgumentList.Add("--probe");
            start.ArgumentList.Add(rows.ToString());
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

        long maxHeap = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false));
                await Task.Delay(5);
            }
        });
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        long outputBytes;
        using (var output = new TempFileOutput())
        {
            await renderer.RenderAsync(BenchReports.Claims(rows), output, CancellationToken.None);
            outputBytes = output.TotalBytes;
        }
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        maxHeap = Math.Max(maxHeap, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"{rows,-9} | {clock.Elapsed.TotalSeconds,8:F2} | {outputBytes / 1e6,11:F1} | {self.PeakWorkingSet64 / 1e6,21:F0} | {maxHeap / 1e6,16:F1} | {allocated / 1e6,14:F0}");
        return 0;
    }

    private static ReportRenderers Renderers() =>
        new([new PdfReportRenderer(Options.Create(new PdfRenderingOptions())), new CsvReportRenderer(), new XlsxReportRenderer(), new JsonReportRenderer(), new HtmlReportRenderer()]);
}
