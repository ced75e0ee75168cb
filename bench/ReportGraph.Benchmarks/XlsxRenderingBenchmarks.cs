using BenchmarkDotNet.Attributes;
using ReportGraph.Rendering.Xlsx;

namespace ReportGraph.Benchmarks;

/// <summary>Time and allocations of rendering a one-table XLSX workbook of 1,000 / 10,000 rows.</summary>
[MemoryDiagnoser]
public class XlsxRenderingBenchmarks
{
    private readonly XlsxReportRenderer _renderer = new();

    /// <summary>Rows in the table.</summary>
    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    /// <summary>Renders the workbook to a temporary file.</summary>
    [Benchmark]
    public async Task<long> RenderXlsx()
    {
        using var output = new TempFileOutput();
        await _renderer.RenderAsync(BenchReports.Claims(Rows), output, CancellationToken.None);
        return output.TotalBytes;
    }
}
