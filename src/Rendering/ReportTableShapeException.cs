namespace ReportGraph.Rendering;

/// <summary>A table row whose number of values differs from the table's number of columns.</summary>
public sealed class ReportTableShapeException : InvalidOperationException
{
    /// <summary>Creates the exception with a message naming the table and the row.</summary>
    public ReportTableShapeException(string tableName, long rowNumber, int valueCount, IReadOnlyList<string> columnNames)
        : base($"Table '{tableName}' row {rowNumber} has {valueCount} value(s) but the table has {columnNames.Count} column(s) ({string.Join(", ", columnNames)}).")
    {
        TableName = tableName;
        RowNumber = rowNumber;
    }

    /// <summary>The table's name.</summary>
    public string TableName { get; }

    /// <summary>The 1-based number of the faulty row.</summary>
    public long RowNumber { get; }
}
