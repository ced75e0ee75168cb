namespace ReportGraph.Plugins.PayerDrift;

/// <summary>
/// A change between two rates is a difference of percentage points, not a percentage: 12 % → 15 % is +3 pp (+25 %).
/// Changes are given in pp (rate difference × 100) and shown as "+3.2 pp".
/// </summary>
internal static class PercentagePoints
{
    /// <summary>Signed, one decimal, with the unit, e.g. "+3.2 pp", "-0.8 pp", "0.0 pp".</summary>
    public const string Format = "+0.0' pp';-0.0' pp';0.0' pp'";

    /// <summary>The rate difference in percentage points; null stays null.</summary>
    public static double? Of(double? rateDifference) => rateDifference * 100;
}
