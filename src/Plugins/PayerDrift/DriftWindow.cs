namespace ReportGraph.Plugins.PayerDrift;

/// <summary>
/// The weeks a drift report looks at, counted back from the period's last day: week 0 is the seven days ending
/// on <see cref="End"/>, week 1 the seven days before, and so on. Weeks 0 to <see cref="RecentWeeks"/> − 1 form the
/// recent window; the <see cref="BaselineWeeks"/> weeks before them the baseline.
/// </summary>
internal sealed record DriftWindow(DateOnly End, int BaselineWeeks, int RecentWeeks)
{
    public int TotalWeeks => BaselineWeeks + RecentWeeks;

    /// <summary>The first day of the oldest baseline week.</summary>
    public DateOnly From => End.AddDays(-7 * TotalWeeks + 1);

    public int WeeksBack(DateOnly date) => (End.DayNumber - date.DayNumber) / 7;

    public DateOnly WeekEnd(int weeksBack) => End.AddDays(-7 * weeksBack);

    public DateOnly WeekStart(int weeksBack) => WeekEnd(weeksBack).AddDays(-6);

    public bool IsRecent(int weeksBack) => weeksBack < RecentWeeks;

    /// <summary>The weeks oldest first.</summary>
    public IEnumerable<int> WeeksOldestFirst => Enumerable.Range(0, TotalWeeks).Reverse();
}
