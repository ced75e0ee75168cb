using System.Globalization;
using ReportGraph.Abstractions;

namespace ReportGraph.Rendering.Charts;

/// <summary>Formats y values (axis ticks, email cells, threshold labels) by the chart's <see cref="Chart.YAxisType"/>.</summary>
internal static class ChartValueFormat
{
    /// <summary>Formats <paramref name="value"/> with enough decimals to tell ticks <paramref name="step"/> apart.</summary>
    public static string Format(double value, ColumnType type, double step, CultureInfo culture)
    {
        if (type == ColumnType.Percent)
        {
            var decimals = Decimals(step * 100);
            return value.ToString("P" + decimals, culture);
        }
        if (type == ColumnType.Integer)
        {
            return value.ToString("N0", culture);
        }
        if (type == ColumnType.Currency)
        {
            return value.ToString("C" + Decimals(step), culture);
        }
        return value.ToString("N" + Decimals(step), culture);
    }

    /// <summary>A single value shown on its own (no step known).</summary>
    public static string Format(double value, ColumnType type, CultureInfo culture)
    {
        var (format, smallest) = type switch
        {
            ColumnType.Percent => ("P1", 0.0005),
            ColumnType.Integer => ("N0", 0.5),
            ColumnType.Currency => ("C2", 0.005),
            _ => ("#,##0.##", 0.005),
        };
        // A tiny negative value would otherwise show as "-0.0%".
        return (Math.Abs(value) < smallest ? 0 : value).ToString(format, culture);
    }

    private static int Decimals(double step)
    {
        if (step <= 0 || step >= 1)
        {
            return 0;
        }
        var decimals = (int)Math.Ceiling(-Math.Log10(step) - 1e-9);
        // 0.25 needs two decimals, 0.5 needs one.
        var scaled = step * Math.Pow(10, decimals);
        return Math.Abs(scaled - Math.Round(scaled)) > 1e-9 ? decimals + 1 : decimals;
    }
}
