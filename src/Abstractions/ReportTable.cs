namespace ReportGraph.Abstractions;

/// <summary>The type of the values in a column; renderers format and align by it.</summary>
public enum ColumnType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text,
    /// <summary>Whole number (<see cref="int"/> or <see cref="long"/>).</summary>
    Integer,
    /// <summary>Decimal number (<see cref="decimal"/> or <see cref="double"/>).</summary>
    Decimal,
    /// <summary>A ratio shown as percent: 0.125 is shown as 12.5 %.</summary>
    Percent,
    /// <summary>An amount of money.</summary>
    Currency,
    /// <summary>Calendar date (<see cref="DateOnly"/>).</summary>
    Date,
    /// <summary>Instant (<see cref="DateTimeOffset"/>).</summary>
    DateTime,
    /// <summary>True or false.</summary>
    Boolean,
}

/// <summary>One column of a table.</summary>
/// <param name="Name">Machine name used in CSV headers and JSON keys, e.g. <c>denialRate</c>.</param>
/// <param name="Header">Human header, e.g. "Denial rate".</param>
/// <param name="Type">The value type.</param>
public sealed record ReportColumn(string Name, string Header, ColumnType Type)
{
    /// <summary>Optional .NET format string, e.g. <c>N1</c> or <c>P1</c>.</summary>
    public string? Format { get; init; }
}

/// <summary>
/// A table whose rows are streamed. The host may enumerate <see cref="Rows"/> more than once
/// (for example once per output format), so the sequence must start over on each enumeration
/// and yield the same rows each time — an <c>async</c> iterator method that runs its query does.
/// </summary>
public sealed class ReportTable
{
    /// <summary>Table name, used for sheet names and file names, e.g. "Sessions".</summary>
    public required string Name { get; init; }

    /// <summary>The columns, in order.</summary>
    public required IReadOnlyList<ReportColumn> Columns { get; init; }

    /// <summary>The rows; each array holds one value per column, in column order (null for empty).</summary>
    public required IAsyncEnumerable<object?[]> Rows { get; init; }

    /// <summary>
    /// The sentence shown in place of the rows when the table has none, e.g. "No grades in this period"
    /// (PDF, HTML, email preview, an XLSX row, a JSON property; a CSV file then holds its header only).
    /// Null uses the host's default, "No data in this period." An empty table is a result, never an error.
    /// </summary>
    public string? EmptyText { get; init; }

    /// <summary>
    /// Shows the table before the charts, right after the KPIs and notes (PDF, HTML), for a short summary that belongs
    /// on the first page, e.g. the payers flagged by a drift report. False (the default): after the charts, in order.
    /// </summary>
    public bool ShowBeforeCharts { get; init; }
}
