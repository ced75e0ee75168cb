using BenchmarkDotNet.Attributes;
using ReportGraph.Rendering.Csv;

namespace ReportGraph.Benchmarks;

/// <summary>Time and allocations of rendering a one-table CSV file of 1,000 / 10,000 rows.</summary>
[MemoryDiagnoser]
public class CsvRenderingBenchmarks
{
    private readonly CsvReportRenderer _renderer = new();

    /// <summary>Rows in the table.</summary>
    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    /// <summary>Renders the CSV file to a temporary file.</summary>
    [Benchmark]
    public async Task<long> RenderCsv()
    {
        using var output = new TempFileOutput();
        await _renderer.RenderAsync(BenchReports.Claims(Rows), output, CancellationToken.None);
        return output.TotalBytes;
    }
}
