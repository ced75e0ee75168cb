using System.Runtime.CompilerServices;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Formatting;

/// <summary>Enumerates a table's rows, checking each row's length and honouring cancellation.</summary>
internal static class TableRows
{
    /// <summary>The rows of <paramref name="table"/>; a row of the wrong length throws <see cref="ReportTableShapeException"/>.</summary>
    public static async IAsyncEnumerable<object?[]> ReadAsync(ReportTable table, [EnumeratorCancellation] CancellationToken ct)
    {
        long rowNumber = 0;
        await foreach (var row in table.Rows.WithCancellation(ct).ConfigureAwait(false))
        {
            ct.ThrowIfCancellationRequested();
            rowNumber++;
            if (row is null || row.Length != table.Columns.Count)
            {
                throw new ReportTableShapeException(table.Name, rowNumber, row?.Length ?? 0, table.Columns.Select(c => c.Name).ToList());
            }
            yield return row;
        }
    }

    /// <summary>The first <paramref name="count"/> rows; stops enumerating the table after them.</summary>
    public static async Task<List<object?[]>> SampleAsync(ReportTable table, int count, CancellationToken ct)
    {
        var sample = new List<object?[]>(Math.Min(count, 256));
        if (count <= 0)
        {
            return sample;
        }
        await foreach (var row in ReadAsync(table, ct).ConfigureAwait(false))
        {
            sample.Add(row);
            if (sample.Count >= count)
            {
                break;
            }
        }
        return sample;
    }
}
