using System.Globalization;

namespace ReportGraph.Host.Schedules;

/// <summary>When a run's report is sent: always, only with rows, or when a KPI meets a condition.</summary>
public enum SendWhenKind
{
    /// <summary>Every run is sent (the default).</summary>
    Always,
    /// <summary>Only when the report has at least one row over all its tables.</summary>
    HasRows,
    /// <summary>Only when a KPI of the report meets a condition, e.g. payersFlagged GT 0.</summary>
    Kpi,
}

/// <summary>How a KPI's value is compared with the threshold.</summary>
public enum KpiOperator
{
    /// <summary>Greater than.</summary>
    Gt,
    /// <summary>Greater than or equal.</summary>
    Gte,
    /// <summary>Less than.</summary>
    Lt,
    /// <summary>Less than or equal.</summary>
    Lte,
    /// <summary>Equal.</summary>
    Eq,
    /// <summary>Not equal.</summary>
    Neq,
}

/// <summary>A schedule's send condition.</summary>
/// <param name="Kind">ALWAYS (default), HAS_ROWS or KPI.</param>
/// <param name="Kpi">For KPI: the key of one of the report type's KPIs (see <c>reportTypes { kpis { key } }</c>), e.g. "payersFlagged".</param>
/// <param name="Operator">For KPI: GT, GTE, LT, LTE, EQ or NEQ.</param>
/// <param name="Threshold">For KPI: the number the KPI's value is compared with; percentages are fractions (0.9 is 90 %).</param>
public sealed record SendWhenInput(SendWhenKind Kind, string? Kpi = null, KpiOperator? Operator = null, double? Threshold = null);

/// <summary>The condition as stored on a schedule, with its meaning in words.</summary>
public sealed record SendCondition(SendWhenKind Kind, string? Kpi, KpiOperator? Operator, double? Threshold)
{
    /// <summary>Sends every run.</summary>
    public static SendCondition Always { get; } = new(SendWhenKind.Always, null, null, null);

    /// <summary>Whether <paramref name="value"/> meets the KPI condition.</summary>
    public bool IsMetBy(double value) => Operator switch
    {
        KpiOperator.Gt => value > Threshold,
        KpiOperator.Gte => value >= Threshold,
        KpiOperator.Lt => value < Threshold,
        KpiOperator.Lte => value <= Threshold,
        KpiOperator.Eq => value == Threshold,
        KpiOperator.Neq => value != Threshold,
        _ => true,
    };

    /// <summary>The operator as a symbol, e.g. "&gt;=".</summary>
    public static string Symbol(KpiOperator? op) => op switch
    {
        KpiOperator.Gt => ">",
        KpiOperator.Gte => ">=",
        KpiOperator.Lt => "<",
        KpiOperator.Lte => "<=",
        KpiOperator.Eq => "=",
        KpiOperator.Neq => "!=",
        _ => "?",
    };

    /// <summary>In words, e.g. "when payersFlagged &gt; 0".</summary>
    public string Describe() => Kind switch
    {
        SendWhenKind.HasRows => "only when the report has rows",
        SendWhenKind.Kpi => $"only when {Kpi} {Symbol(Operator)} {Threshold?.ToString("G", CultureInfo.InvariantCulture)}",
        _ => "always",
    };
}
