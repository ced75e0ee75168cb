using ReportGraph.Abstractions;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Schedules;

/// <summary>
/// Checks a schedule's <c>sendWhen</c>: the KPI condition's parts are given (and only for KPI), and the KPI is one the
/// report type declares, so a typo is refused when saved instead of silently never sending.
/// </summary>
public static class SendWhenValidator
{
    /// <summary>The condition to store, or null when invalid (errors added at <c>["sendWhen", …]</c>).</summary>
    public static SendCondition? Check(SendWhenInput? input, IReportDefinition? definition, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (input is null)
        {
            return SendCondition.Always;
        }

        var before = errors.Count;
        if (input.Kind != SendWhenKind.Kpi)
        {
            foreach (var (field, given) in new[] { ("kpi", input.Kpi is not null), ("operator", input.Operator is not null), ("threshold", input.Threshold is not null) })
            {
                if (given)
                {
                    errors.Add(new(["sendWhen", field], InputErrorCodes.NotAllowed,
                        $"sendWhen.{field} applies only to kind KPI; leave it out for {(input.Kind == SendWhenKind.HasRows ? "HAS_ROWS" : "ALWAYS")}."));
                }
            }

            return errors.Count == before ? new SendCondition(input.Kind, null, null, null) : null;
        }

        var key = input.Kpi?.Trim();
        var declared = definition?.Kpis ?? [];
        if (string.IsNullOrEmpty(key))
        {
            errors.Add(new(["sendWhen", "kpi"], InputErrorCodes.Required, $"sendWhen.kpi is required for kind KPI: {Known(definition, declared)}."));
        }
        else if (definition is not null && !declared.Any(k => string.Equals(k.Key, key, StringComparison.Ordinal)))
        {
            errors.Add(new(["sendWhen", "kpi"], InputErrorCodes.NotFound, $"sendWhen.kpi '{key}' is not a KPI of report type '{definition.Key}'; {Known(definition, declared)}."));
        }

        if (input.Operator is null)
        {
            errors.Add(new(["sendWhen", "operator"], InputErrorCodes.Required, "sendWhen.operator is required for kind KPI: one of GT, GTE, LT, LTE, EQ, NEQ."));
        }

        if (input.Threshold is not { } threshold)
        {
            errors.Add(new(["sendWhen", "threshold"], InputErrorCodes.Required, "sendWhen.threshold is required for kind KPI: the number the KPI is compared with, e.g. 0."));
        }
        else if (!double.IsFinite(threshold))
        {
            errors.Add(new(["sendWhen", "threshold"], InputErrorCodes.Invalid, "sendWhen.threshold must be a finite number."));
        }

        return errors.Count == before && definition is not null ? new SendCondition(SendWhenKind.Kpi, key, input.Operator, input.Threshold) : null;
    }

    private static string Known(IReportDefinition? definition, IReadOnlyList<KpiDefinition> declared) =>
        definition is null ? "the key of one of the report type's KPIs"
        : declared.Count == 0 ? $"report type '{definition.Key}' declares no KPIs, so use ALWAYS or HAS_ROWS"
        : "its KPIs: " + string.Join(", ", declared.Select(k => $"{k.Key} ({k.Label})"));
}
