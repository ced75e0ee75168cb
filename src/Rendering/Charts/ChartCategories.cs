using System.Globalization;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Formatting;

namespace ReportGraph.Rendering.Charts;

/// <summary>
/// The x values of a chart as ordered categories (dates and numbers sorted, text in order of first
/// appearance), each series' y value per category, and the category labels for display.
/// </summary>
public sealed class ChartCategories
{
    private readonly Dictionary<object, int> _index;

    private ChartCategories(IReadOnlyList<object> keys, IReadOnlyList<string> labels, IReadOnlyList<double?[]> values)
    {
        Keys = keys;
        Labels = labels;
        Values = values;
        _index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
    }

    /// <summary>The distinct x values in display order.</summary>
    public IReadOnlyList<object> Keys { get; }

    /// <summary>Display labels, one per key.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Per series, the y value at each category (null where the series has no point).</summary>
    public IReadOnlyList<double?[]> Values { get; }

    /// <summary>The number of categories.</summary>
    public int Count => Keys.Count;

    /// <summary>Reads the categories of <paramref name="chart"/>.</summary>
    /// <exception cref="ArgumentException">The chart has no series (painters show <see cref="EmptyState"/> instead), or a point's x is null or of an unsupported type.</exception>
    public static ChartCategories From(Chart chart, CultureInfo culture)
    {
        if (chart.Series.Count == 0)
        {
            throw new ArgumentException($"Chart '{chart.Title}' has no series; Chart.Series needs at least one.");
        }
        var keys = new List<object>();
        var seen = new HashSet<object>();
        foreach (var series in chart.Series)
        {
            foreach (var point in series.Points)
            {
                var key = Normalize(point.X, chart, series);
                if (seen.Add(key))
                {
                    keys.Add(key);
                }
            }
        }
        if (keys.Count > 0 && keys.All(k => k is DateOnly))
        {
            keys.Sort((a, b) => ((DateOnly)a).CompareTo((DateOnly)b));
        }
        else if (keys.Count > 0 && keys.All(k => k is double))
        {
            keys.Sort((a, b) => ((double)a).CompareTo((double)b));
        }
        var index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        var values = new List<double?[]>();
        foreach (var series in chart.Series)
        {
            var row = new double?[keys.Count];
            foreach (var point in series.Points)
            {
                if (point.Y is { } y && (double.IsNaN(y) || double.IsInfinity(y)))
                {
                    throw new ArgumentException($"Chart '{chart.Title}' series '{series.Name}' has a y value that is not a finite number.");
                }
                row[index[Normalize(point.X, chart, series)]] = point.Y;
            }
            values.Add(row);
        }
        var sameYear = keys.OfType<DateOnly>().Select(d => d.Year).Distinct().Count() <= 1;
        var labels = keys.Select(k => Label(k, culture, sameYear)).ToList();
        return new ChartCategories(keys, labels, values);
    }

    /// <summary>The index of a category key.</summary>
    public int IndexOf(object key) => _index[key];

    private static object Normalize(object? x, Chart chart, ChartSeries series) => x switch
    {
        null => throw new ArgumentException($"Chart '{chart.Title}' series '{series.Name}' has a point without an x value."),
        string s => s,
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        _ when ValueFormatter.IsNumber(x) => Convert.ToDouble(x, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Chart '{chart.Title}' series '{series.Name}' has an x value of type {x.GetType().Name}; allowed: string, DateOnly, DateTimeOffset or a number."),
    };

    private static string Label(object key, CultureInfo culture, bool sameYear) => key switch
    {
        DateOnly d when sameYear => d.ToString(ShortMonthDayPattern(culture), culture),
        DateOnly d => d.ToString("d", culture),
        double n => n.ToString("#,##0.##", culture),
        _ => (string)key,
    };

    /// <summary>The culture's month-day pattern with the abbreviated month, e.g. "MMM d" or "d. MMM".</summary>
    private static string ShortMonthDayPattern(CultureInfo culture) =>
        culture.DateTimeFormat.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal);
}
