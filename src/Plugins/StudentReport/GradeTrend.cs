namespace ReportGraph.Plugins.StudentReport;

/// <summary>The least-squares slope of grades over time.</summary>
internal static class GradeTrend
{
    /// <summary>Points gained (or lost) per week; null with fewer than two distinct dates.</summary>
    public static double? PointsPerWeek(IReadOnlyList<(DateOnly Date, double Score)> grades)
    {
        if (grades.Select(g => g.Date).Distinct().Count() < 2) return null;
        var xs = grades.Select(g => g.Date.DayNumber / 7.0).ToList();
        var meanX = xs.Average();
        var meanY = grades.Average(g => g.Score);
        var covariance = grades.Select((g, i) => (xs[i] - meanX) * (g.Score - meanY)).Sum();
        var variance = xs.Sum(x => (x - meanX) * (x - meanX));
        return covariance / variance;
    }
}
