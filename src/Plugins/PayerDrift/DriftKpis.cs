using ReportGraph.Abstractions;
using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.PayerDrift;

/// <summary>The summary tiles of the payer drift report.</summary>
internal static class DriftKpis
{
    public static readonly IReadOnlyList<KpiDefinition> Declared =
    [
        new("payersFlagged", "Payers flagged") { Description = "How many payers' denial rate rose by more than the threshold." },
        new("denialRate", "Denial rate") { Description = "Recent denial rate over all payers, a fraction: 0.12 is 12 %." },
        new("worstChange", "Worst change") { Description = "The largest rise of a payer's denial rate, in percentage points." },
    ];

    public static IReadOnlyList<Kpi> Build(DriftAnalysis analysis, double threshold)
    {
        var flagged = analysis.Payers.Where(p => p.IsFlagged(threshold)).ToList();
        var recentClaims = analysis.Payers.Sum(p => p.RecentClaims);
        var baselineClaims = analysis.Payers.Sum(p => p.BaselineClaims);
        var recentRate = DemoSql.Ratio(analysis.Payers.Sum(p => p.RecentDenied), recentClaims);
        var baselineRate = DemoSql.Ratio(analysis.Payers.Sum(p => p.BaselineDenied), baselineClaims);
        var worst = analysis.Payers.Where(p => p.Delta is not null).MaxBy(p => p.Delta);
        return
        [
            new("Payers flagged", flagged.Count)
            {
                Key = "payersFlagged",
                Type = ColumnType.Integer,
                Detail = flagged.Count == 0 ? $"of {analysis.Payers.Count} payers" : $"of {analysis.Payers.Count}: {string.Join(", ", flagged.Select(p => p.PayerId))}",
                Tone = flagged.Count == 0 ? KpiTone.Good : KpiTone.Bad,
            },
            new("Denial rate", recentRate)
            {
                Key = "denialRate",
                Type = ColumnType.Percent,
                Format = "P1",
                Detail = baselineRate is null ? $"{recentClaims} recent claims" : $"baseline {baselineRate:P1}",
            },
            new("Worst change", PercentagePoints.Of(worst?.Delta))
            {
                Key = "worstChange",
                Type = ColumnType.Decimal,
                Format = PercentagePoints.Format,
                Detail = worst?.PayerName ?? "no data",
                Tone = worst?.Delta is not { } d ? KpiTone.Neutral : d > threshold ? KpiTone.Bad : d > threshold / 2 ? KpiTone.Warning : KpiTone.Good,
            },
        ];
    }
}
