namespace ReportGraph.Abstractions;

/// <summary>The kind of chart.</summary>
public enum ChartKind
{
    /// <summary>Lines through points, one per series.</summary>
    Line,
    /// <summary>Grouped bars, one bar per series and category.</summary>
    Bar,
    /// <summary>Bars with the series stacked on each other.</summary>
    StackedBar,
}

/// <summary>A chart described as data; the host draws it as SVG, PDF vectors or email-safe HTML.</summary>
public sealed class Chart
{
    /// <summary>The chart title.</summary>
    public required string Title { get; init; }

    /// <summary>Line, bar or stacked bar.</summary>
    public required ChartKind Kind { get; init; }

    /// <summary>The series; all share the x values of <see cref="ChartSeries.Points"/>.</summary>
    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>Label of the x axis.</summary>
    public string? XAxisTitle { get; init; }

    /// <summary>Label of the y axis.</summary>
    public string? YAxisTitle { get; init; }

    /// <summary>How y values are shown: Decimal, Integer or Percent (0.1 is 10 %).</summary>
    public ColumnType YAxisType { get; init; } = ColumnType.Decimal;

    /// <summary>Horizontal reference lines, e.g. a drift threshold.</summary>
    public IReadOnlyList<ChartThreshold> Thresholds { get; init; } = [];

    /// <summary>
    /// The sentence shown instead of the plot when the chart has no data (no series, or no point with a y value),
    /// e.g. "No grades in this period". Null uses the host's default, "No data in this period."
    /// An empty chart is a result, never an error.
    /// </summary>
    public string? EmptyText { get; init; }
}

/// <summary>One named series of points.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Points">The points in x order.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);

/// <summary>
/// One point. <paramref name="X"/> is a category (<see cref="string"/>), a date
/// (<see cref="DateOnly"/> or <see cref="DateTimeOffset"/>) or a number.
/// </summary>
/// <param name="X">The x value.</param>
/// <param name="Y">The y value; null leaves a gap.</param>
public sealed record ChartPoint(object X, double? Y);

/// <summary>A horizontal reference line.</summary>
/// <param name="Label">Legend text, e.g. "Drift threshold".</param>
/// <param name="Value">The y value.</param>
public sealed record ChartThreshold(string Label, double Value);
