namespace ReportGraph.Abstractions;

/// <summary>How a KPI should be read.</summary>
public enum KpiTone
{
    /// <summary>Plain information.</summary>
    Neutral,
    /// <summary>A good result.</summary>
    Good,
    /// <summary>Needs attention.</summary>
    Warning,
    /// <summary>A bad result.</summary>
    Bad,
}

/// <summary>A summary figure shown as a tile, e.g. "Attendance 94 %".</summary>
/// <param name="Label">Short label.</param>
/// <param name="Value">The value; numbers are formatted with <see cref="Format"/> by the host.</param>
public sealed record Kpi(string Label, object? Value)
{
    /// <summary>
    /// The key of the KPI's declaration in <see cref="IReportDefinition.Kpis"/>, e.g. <c>payersFlagged</c>: schedules
    /// send only when it meets a condition (<c>sendWhen</c>). Null for a tile no condition can refer to.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>How the value is formatted: a <see cref="ColumnType"/>, Decimal when omitted for numbers.</summary>
    public ColumnType Type { get; init; } = ColumnType.Decimal;

    /// <summary>Optional .NET format string.</summary>
    public string? Format { get; init; }

    /// <summary>Optional small text under the value, e.g. "vs 91 % last month".</summary>
    public string? Detail { get; init; }

    /// <summary>Colour hint.</summary>
    public KpiTone Tone { get; init; } = KpiTone.Neutral;
}

/// <summary>
/// A KPI a report always produces, declared up front so that schedules can be validated against it when saved
/// ("send when payersFlagged &gt; 0"). The <see cref="Kpi"/> in each result carries the same <see cref="Kpi.Key"/>.
/// </summary>
/// <param name="Key">Stable key: letters and digits, e.g. <c>payersFlagged</c>.</param>
/// <param name="Label">The tile's label, e.g. "Payers flagged".</param>
public sealed record KpiDefinition(string Key, string Label)
{
    /// <summary>What the number means, e.g. "a fraction: 0.9 is 90 %".</summary>
    public string? Description { get; init; }
}
