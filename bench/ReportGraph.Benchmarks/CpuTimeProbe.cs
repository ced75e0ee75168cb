using System.Diagnostics;
using ReportGraph.Abstractions;
using ReportGraph.Rendering;

namespace ReportGraph.Benchmarks;

/// <summary>
/// Renders one size many times and prints the process CPU time per render and the file size: on a machine shared
/// with other work, CPU time moves far less than wall-clock time.
/// </summary>
internal static class CpuTimeProbe
{
    public static async Task<int> RunAsync(int rows, ReportFormat format, int renders)
    {
        var renderer = PeakMemoryProbe.Renderers().Get(format);
        long bytes = 0;
        for (var i = 0; i < Math.Max(5, renders / 10); i++)
        {
            bytes = await RenderOnceAsync(renderer, rows); // warm-up: JIT, fonts, tiered compilation
        }
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < renders; i++)
        {
            await RenderOnceAsync(renderer, rows);
        }
        process.Refresh();
        var perRender = (process.TotalProcessorTime - before).TotalMilliseconds / renders;
        Console.WriteLine($"format={format} rows={rows} renders={renders}: {perRender:F2} ms CPU per render, {bytes:N0} bytes");
        return 0;
    }

    private static async Task<long> RenderOnceAsync(IReportRenderer renderer, int rows)
    {
        using var output = new TempFileOutput();
        await renderer.RenderAsync(BenchReports.Claims(rows), output, CancellationToken.None);
        return output.TotalBytes;
    }
}
