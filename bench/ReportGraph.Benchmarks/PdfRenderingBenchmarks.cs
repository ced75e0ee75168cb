using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using ReportGraph.Rendering.Pdf;

namespace ReportGraph.Benchmarks;

/// <summary>Time and allocations of rendering a one-table PDF of 1,000 / 10,000 / 100,000 rows.</summary>
[MemoryDiagnoser]
public class PdfRenderingBenchmarks
{
    private readonly PdfReportRenderer _renderer = new(Options.Create(new PdfRenderingOptions()));

    /// <summary>Rows in the table.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    /// <summary>Renders the PDF to a temporary file.</summary>
    [Benchmark]
    public async Task<long> RenderPdf()
    {
        using var output = new TempFileOutput();
        await _renderer.RenderAsync(BenchReports.Claims(Rows), output, CancellationToken.None);
        return output.TotalBytes;
    }
}
