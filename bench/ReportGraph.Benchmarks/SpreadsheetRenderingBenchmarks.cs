using BenchmarkDotNet.Attributes;
using ReportGraph.Abstractions;
using ReportGraph.Rendering;

namespace ReportGraph.Benchmarks;

/// <summary>Time and allocations of rendering a one-table XLSX workbook or CSV file of 1,000 / 10,000 rows.</summary>
[MemoryDiagnoser]
public class SpreadsheetRenderingBenchmarks
{
    private readonly ReportRenderers _renderers = PeakMemoryProbe.Renderers();

    /// <summary>The file format.</summary>
    [Params(ReportFormat.Xlsx, ReportFormat.Csv)]
    public ReportFormat Format { get; set; }

    /// <summary>Rows in the table.</summary>
    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    /// <summary>Renders the file to a temporary file.</summary>
    [Benchmark]
    public async Task<long> Render()
    {
        using var output = new TempFileOutput();
        await _renderers.Get(Format).RenderAsync(BenchReports.Claims(Rows), output, CancellationToken.None);
        return output.TotalBytes;
    }
}
