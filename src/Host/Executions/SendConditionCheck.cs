using System.Globalization;
using ReportGraph.Abstractions;
using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Executions;

/// <summary>What a schedule's sendWhen made of one run: send it or not, the value it was judged by and why.</summary>
public sealed record SendJudgement(bool Send, double? Value, string? Reason);

/// <summary>
/// Judges a generated report against its schedule's sendWhen, before anything is sent. A KPI the report did not
/// produce fails the run (the plugin broke its declaration; the owner should hear of it); a KPI without a value
/// (no data in the period) does not meet any condition.
/// </summary>
public static class SendConditionCheck
{
    public static SendJudgement Judge(SendCondition condition, ReportResult result, long rows)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(result);
        switch (condition.Kind)
        {
            case SendWhenKind.HasRows:
                return rows > 0
                    ? new SendJudgement(true, rows, $"The report has {rows} rows.")
                    : new SendJudgement(false, 0, "The report has no rows (sendWhen HAS_ROWS): nothing was sent.");
            case SendWhenKind.Kpi:
                var kpi = result.Kpis.FirstOrDefault(k => string.Equals(k.Key, condition.Kpi, StringComparison.Ordinal))
                    ?? throw new ReportFailedException(
                        $"The report produced no KPI '{condition.Kpi}', which its sendWhen condition needs; it produced: {string.Join(", ", result.Kpis.Select(k => k.Key ?? k.Label))}.");
                var expected = $"{condition.Kpi} {SendCondition.Symbol(condition.Operator)} {Number(condition.Threshold)}";
                if (ToDouble(kpi.Value) is not { } value)
                {
                    return new SendJudgement(false, null, $"{condition.Kpi} has no value in this period, so {expected} is not met: nothing was sent.");
                }

                return condition.IsMetBy(value)
                    ? new SendJudgement(true, value, $"{condition.Kpi} is {Number(value)}: {expected} is met.")
                    : new SendJudgement(false, value, $"{condition.Kpi} is {Number(value)}, so {expected} is not met: nothing was sent.");
            default:
                return new SendJudgement(true, null, null);
        }
    }

    private static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        float f => float.IsFinite(f) ? f : null,
        decimal m => (double)m,
        int or long or short or byte or uint or ulong or ushort or sbyte => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => null,
    };

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
}
