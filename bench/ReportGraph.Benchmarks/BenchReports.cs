using System.Globalization;
using System.Runtime.CompilerServices;
using ReportGraph.Abstractions;
using ReportGraph.Rendering;

namespace ReportGraph.Benchmarks;

/// <summary>A claims report with a streamed table of generated rows, like a large payer export.</summary>
internal static class BenchReports
{
    public static RenderRequest Claims(int rows) => new(
        new ReportResult
        {
            Title = "Claims export",
            Kpis = [new Kpi("Claims", rows) { Type = ColumnType.Integer }],
            Tables =
            [
                new ReportTable
                {
                    Name = "Claims",
                    Columns =
                    [
                        new ReportColumn("claimId", "Claim id", ColumnType.Text),
                        new ReportColumn("payer", "Payer", ColumnType.Text),
                        new ReportColumn("serviceDate", "Service date", ColumnType.Date),
                        new ReportColumn("amount", "Amount", ColumnType.Currency),
                        new ReportColumn("denialRate", "Denial rate", ColumnType.Percent),
                        new ReportColumn("note", "Note", ColumnType.Text),
                    ],
                    Rows = Generate(rows),
                },
            ],
        },
        "Claims export",
        new ReportPeriod(new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.FromHours(1)), "Week 46, 2026"),
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
        CultureInfo.GetCultureInfo("en-US"),
        new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.FromHours(1)),
        "Benchmark",
        "claims");

    private static async IAsyncEnumerable<object?[]> Generate(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        string[] payers = ["Acme Health", "Blue Valley Mutual", "Northwind Care", "Contoso Insurance"];
        for (var i = 1; i <= count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (i % 1024 == 0) await Task.Yield();
            yield return [$"CLM-{i:D7}", payers[i % payers.Length], new DateOnly(2026, 11, 9).AddDays(i % 7), 100m + i % 997 + 0.5m, (i % 40) / 400.0, i % 7 == 0 ? "Resubmitted after denial" : ""];
        }
    }
}

/// <summary>Writes each file to a temporary file (like the artifact store) and deletes it afterwards.</summary>
internal sealed class TempFileOutput : IRenderOutput, IDisposable
{
    private readonly List<string> _paths = [];

    public long TotalBytes => _paths.Sum(p => new FileInfo(p).Length);

    public Stream Create(string fileName, string contentType)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rg-bench-{Guid.NewGuid():N}-{fileName}");
        _paths.Add(path);
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
    }

    public void Dispose()
    {
        foreach (var path in _paths) File.Delete(path);
    }
}
