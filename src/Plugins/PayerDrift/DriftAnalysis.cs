using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.PayerDrift;

/// <summary>Claims and denials of one payer on one day, as the query returns them.</summary>
internal sealed record PayerDay(string PayerId, string PayerName, DateOnly Day, long Claims, long Denied);

/// <summary>One payer's claims in one week of the window.</summary>
internal sealed record PayerWeek(string PayerId, string PayerName, int WeeksBack, DateOnly WeekStart, DateOnly WeekEnd, bool IsRecent, long Claims, long Denied)
{
    public double? Rate => DemoSql.Ratio(Denied, Claims);
}

/// <summary>One payer's baseline against its recent window.</summary>
internal sealed record PayerSummary(string PayerId, string PayerName, long BaselineClaims, long BaselineDenied, long RecentClaims, long RecentDenied)
{
    public double? BaselineRate => DemoSql.Ratio(BaselineDenied, BaselineClaims);

    public double? RecentRate => DemoSql.Ratio(RecentDenied, RecentClaims);

    /// <summary>Recent minus baseline denial rate (0.05 = 5 percentage points); null when either window has no claims.</summary>
    public double? Delta => RecentRate - BaselineRate;

    /// <summary>Drift: the recent rate differs from the baseline by more than the threshold, either way.</summary>
    public bool IsFlagged(double threshold) => Delta is { } d && Math.Abs(d) > threshold;
}

/// <summary>
/// Weekly denial rates per payer and the comparison of each payer's recent window against its baseline.
/// Rates are pooled: denied claims over all claims of the window, not an average of weekly rates.
/// </summary>
internal sealed class DriftAnalysis
{
    private DriftAnalysis(DriftWindow window, IReadOnlyList<PayerWeek> weeks, IReadOnlyList<PayerSummary> payers)
    {
        Window = window;
        Weeks = weeks;
        Payers = payers;
    }

    public DriftWindow Window { get; }

    /// <summary>Weeks with claims, ordered by payer name, then oldest first.</summary>
    public IReadOnlyList<PayerWeek> Weeks { get; }

    /// <summary>Payers with claims in the window, ordered by name.</summary>
    public IReadOnlyList<PayerSummary> Payers { get; }

    public PayerSummary Summary(string payerId) => Payers.Single(p => p.PayerId == payerId);

    public static DriftAnalysis From(DriftWindow window, IEnumerable<PayerDay> days)
    {
        var weeks = days
            .GroupBy(d => (d.PayerId, d.PayerName, WeeksBack: window.WeeksBack(d.Day)))
            .Select(g => new PayerWeek(g.Key.PayerId, g.Key.PayerName, g.Key.WeeksBack, window.WeekStart(g.Key.WeeksBack),
                window.WeekEnd(g.Key.WeeksBack), window.IsRecent(g.Key.WeeksBack), g.Sum(d => d.Claims), g.Sum(d => d.Denied)))
            .OrderBy(w => w.PayerName, StringComparer.Ordinal).ThenByDescending(w => w.WeeksBack)
            .ToList();
        var payers = weeks
            .GroupBy(w => (w.PayerId, w.PayerName))
            .Select(g => new PayerSummary(g.Key.PayerId, g.Key.PayerName,
                g.Where(w => !w.IsRecent).Sum(w => w.Claims), g.Where(w => !w.IsRecent).Sum(w => w.Denied),
                g.Where(w => w.IsRecent).Sum(w => w.Claims), g.Where(w => w.IsRecent).Sum(w => w.Denied)))
            .OrderBy(p => p.PayerName, StringComparer.Ordinal)
            .ToList();
        return new DriftAnalysis(window, weeks, payers);
    }
}
