using ReportGraph.Abstractions;

namespace ReportGraph.Plugins.PayerDrift;

/// <summary>The charts of the payer drift report; every series has a point for every week of the window (null when no claims).</summary>
internal static class DriftCharts
{
    public static IReadOnlyList<Chart> Build(DriftAnalysis analysis, double threshold, bool singlePayer)
    {
        var weeks = analysis.Window.WeeksOldestFirst.ToList();
        List<ChartSeries> SeriesOf(Func<PayerWeek, PayerSummary, double?> value) => analysis.Payers
            .Select(p => new ChartSeries(p.PayerName, weeks
                .Select(k => new ChartPoint(analysis.Window.WeekStart(k),
                    analysis.Weeks.FirstOrDefault(w => w.PayerId == p.PayerId && w.WeeksBack == k) is { } w ? value(w, p) : null))
                .ToList()))
            .ToList();

        var rateThresholds = singlePayer && analysis.Payers is [{ BaselineRate: { } baseline }]
            ? new[] { new ChartThreshold("Baseline", baseline), new ChartThreshold("Drift threshold", baseline + threshold) }
            : [];
        return
        [
            new Chart
            {
                Title = "Weekly denial rate",
                Kind = ChartKind.Line,
                XAxisTitle = "Week from",
                YAxisTitle = "Denial rate",
                YAxisType = ColumnType.Percent,
                Series = SeriesOf((w, _) => w.Rate),
                Thresholds = rateThresholds,
                EmptyText = PayerDriftDefinition.NoClaimsText,
            },
            new Chart
            {
                Title = "Change against baseline",
                Kind = ChartKind.Line,
                XAxisTitle = "Week from",
                YAxisTitle = "Change vs baseline (pp)",
                YAxisType = ColumnType.Decimal,
                Series = SeriesOf((w, p) => PercentagePoints.Of(w.Rate - p.BaselineRate)),
                Thresholds = [new ChartThreshold("Drift threshold", threshold * 100), new ChartThreshold("Drift threshold (down)", -threshold * 100)],
                EmptyText = PayerDriftDefinition.NoClaimsText,
            },
        ];
    }
}
