namespace ReportGraph.Rendering.Charts;

/// <summary>
/// An axis range with "nice" tick values (1, 2, 2.5 or 5 times a power of ten) covering the data,
/// so that ticks read 0, 5, 10, 15 rather than 0, 4.3, 8.6.
/// </summary>
public sealed record NiceScale(double Min, double Max, double Step)
{
    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var ticks = new List<double>();
            var count = (int)Math.Round((Max - Min) / Step);
            for (var i = 0; i <= count; i++)
            {
                // Rounding to the step's precision avoids 0.30000000000000004 in labels.
                ticks.Add(Math.Round(Min + i * Step, 10));
            }
            return ticks;
        }
    }

    /// <summary>Computes a scale covering [<paramref name="dataMin"/>, <paramref name="dataMax"/>] with about <paramref name="maxTicks"/> ticks.</summary>
    public static NiceScale For(double dataMin, double dataMax, int maxTicks = 6)
    {
        if (double.IsNaN(dataMin) || double.IsNaN(dataMax) || double.IsInfinity(dataMin) || double.IsInfinity(dataMax))
        {
            throw new ArgumentException("Chart values must be finite numbers.");
        }
        if (dataMin > dataMax)
        {
            (dataMin, dataMax) = (dataMax, dataMin);
        }
        if (dataMin == dataMax)
        {
            // A flat series still needs a visible range around it.
            var pad = dataMin == 0 ? 1 : Math.Abs(dataMin) * 0.5;
            dataMin = dataMin >= 0 && dataMin - pad < 0 ? 0 : dataMin - pad;
            dataMax += pad;
        }
        var range = NiceNumber(dataMax - dataMin, round: false);
        var step = NiceNumber(range / Math.Max(1, maxTicks - 1), round: true);
        var min = Math.Floor(dataMin / step) * step;
        var max = Math.Ceiling(dataMax / step) * step;
        return new NiceScale(min, max, step);
    }

    private static double NiceNumber(double value, bool round)
    {
        var exponent = Math.Floor(Math.Log10(value));
        var power = Math.Pow(10, exponent);
        var fraction = value / power;
        double nice = round
            ? fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
