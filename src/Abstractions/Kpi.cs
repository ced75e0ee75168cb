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
    /// <summary>How the value is formatted: a <see cref="ColumnType"/>, Decimal when omitted for numbers.</summary>
    public ColumnType Type { get; init; } = ColumnType.Decimal;

    /// <summary>Optional .NET format string.</summary>
    public string? Format { get; init; }

    /// <summary>Optional small text under the value, e.g. "vs 91 % last month".</summary>
    public string? Detail { get; init; }

    /// <summary>Colour hint.</summary>
    public KpiTone Tone { get; init; } = KpiTone.Neutral;
}
