using ReportGraph.Abstractions;

namespace ReportGraph.Rendering;

/// <summary>
/// What a chart or table with no data says instead. Quiet periods are normal (a student without grades in a week),
/// so every format shows a sentence where the data would be rather than failing or leaving a blank space.
/// </summary>
public static class EmptyState
{
    /// <summary>The sentence used when the plugin gave none.</summary>
    public const string DefaultText = "No data in this period.";

    /// <summary>The chart's own sentence, or the default.</summary>
    public static string TextOf(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return string.IsNullOrWhiteSpace(chart.EmptyText) ? DefaultText : chart.EmptyText.Trim();
    }

    /// <summary>The table's own sentence, or the default.</summary>
    public static string TextOf(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return string.IsNullOrWhiteSpace(table.EmptyText) ? DefaultText : table.EmptyText.Trim();
    }

    /// <summary>True when the chart has nothing to plot: no series, or no point with a y value (thresholds alone are no data).</summary>
    public static bool IsEmpty(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Series is null || chart.Series.All(s => s.Points is null || s.Points.All(p => p?.Y is null));
    }
}
