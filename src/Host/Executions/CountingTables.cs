using System.Runtime.CompilerServices;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Executions;

/// <summary>Wraps a result's tables so the row count of a complete pass is known without a pass of its own.</summary>
internal sealed class CountingTables
{
    private readonly long[] _counts;

    public CountingTables(ReportResult result)
    {
        _counts = new long[result.Tables.Count];
        Result = new ReportResult
        {
            Title = result.Title,
            Subtitle = result.Subtitle,
            Notes = result.Notes,
            Kpis = result.Kpis,
            Charts = result.Charts,
            EmailComponent = result.EmailComponent,
            Tables = result.Tables.Select((t, i) => new ReportTable { Name = t.Name, Columns = t.Columns, Rows = Count(t.Rows, i) }).ToList(),
        };
    }

    /// <summary>The same result, counting rows.</summary>
    public ReportResult Result { get; }

    /// <summary>Rows over all tables, from the last complete pass of each.</summary>
    public long TotalRows => _counts.Sum();

    private async IAsyncEnumerable<object?[]> Count(IAsyncEnumerable<object?[]> rows, int index, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long n = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            n++;
            yield return row;
        }

        Interlocked.Exchange(ref _counts[index], n);
    }
}
