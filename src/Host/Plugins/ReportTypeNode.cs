using System.Globalization;
using System.Text.Json;
using ReportGraph.Abstractions;
using ReportGraph.GraphQL.Errors;
using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Plugins;

/// <summary>A kind of report a schedule can send, from a plugin.</summary>
[GraphQLName("ReportType")]
public sealed class ReportTypeNode(ReportType type)
{
    /// <summary>Stable key used in schedules, e.g. "tutor-weekly".</summary>
    public string Key => type.Key;
    /// <summary>Human name.</summary>
    public string? DisplayName => type.Definition?.DisplayName;
    /// <summary>What it shows and for whom.</summary>
    public string? Description => type.Definition?.Description;
    /// <summary>Version of the report definition.</summary>
    public string? Version => type.Definition?.Version;
    /// <summary>False when the plugin could not be loaded; see unavailableReason.</summary>
    public bool IsAvailable => type.IsAvailable;
    /// <summary>Why it cannot be used (missing file, corrupt assembly, constructor failure, duplicate key…).</summary>
    public string? UnavailableReason => type.UnavailableReason;
    /// <summary>Formats it can be rendered to.</summary>
    public IReadOnlyList<ReportFormat> Formats => type.Definition?.SupportedFormats ?? [];
    /// <summary>The parameters a schedule passes, with types, defaults and limits.</summary>
    public IReadOnlyList<ReportParameterNode> Parameters => (type.Definition?.Parameters ?? []).Select(p => new ReportParameterNode(p)).ToList();
    /// <summary>The KPIs every result carries, which a schedule's sendWhen can use.</summary>
    public IReadOnlyList<ReportKpiNode> Kpis => (type.Definition?.Kpis ?? []).Select(k => new ReportKpiNode(k)).ToList();
}

/// <summary>A KPI a report type declares.</summary>
[GraphQLName("ReportKpi")]
public sealed class ReportKpiNode(KpiDefinition kpi)
{
    /// <summary>Key used in sendWhen.kpi, e.g. "payersFlagged".</summary>
    public string Key => kpi.Key;
    /// <summary>The tile's label, e.g. "Payers flagged".</summary>
    public string Label => kpi.Label;
    /// <summary>What the number means.</summary>
    public string? Description => kpi.Description;
}

/// <summary>One parameter of a report type.</summary>
[GraphQLName("ReportParameter")]
public sealed class ReportParameterNode(ReportParameter parameter)
{
    /// <summary>Name used in the schedule's parameters object.</summary>
    public string Name => parameter.Name;
    /// <summary>Label for forms.</summary>
    public string DisplayName => parameter.DisplayName ?? parameter.Name;
    /// <summary>Help text.</summary>
    public string? Description => parameter.Description;
    /// <summary>Value type.</summary>
    public ReportParameterType Type => parameter.Type;
    /// <summary>Must be given (when there is no default).</summary>
    public bool Required => parameter.Required;
    /// <summary>Default value, as JSON.</summary>
    public JsonElement? DefaultValue => parameter.DefaultValue is null ? null : JsonSerializer.SerializeToElement(
        parameter.DefaultValue is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : parameter.DefaultValue);
    /// <summary>Smallest number allowed.</summary>
    public decimal? Minimum => parameter.Minimum;
    /// <summary>Largest number allowed.</summary>
    public decimal? Maximum => parameter.Maximum;
    /// <summary>Longest text allowed.</summary>
    public int? MaxLength => parameter.MaxLength;
    /// <summary>Allowed values of a CHOICE parameter.</summary>
    public IReadOnlyList<string>? Choices => parameter.Choices;
    /// <summary>What is allowed, in words, e.g. "a whole number from 2 to 20".</summary>
    public string Allowed => ParameterBinder.Describe(parameter);
    /// <summary>True when the allowed values come from data (see options); other values are refused.</summary>
    public bool HasOptions => parameter.Options is not null;

    /// <summary>
    /// Allowed values read from data with display names, for pickers, e.g. { value: "T04", label: "T04 — Ada Lovelace" };
    /// search filters by value or label (case-insensitive), first (1–100, default 20) limits them. Empty when the
    /// parameter has no options (hasOptions false).
    /// </summary>
    public async Task<IReadOnlyList<ParameterOptionNode>> Options(IResolverContext context, string? search = null, int first = 20)
    {
        if (first is < 1 or > MaxOptions)
        {
            throw new GraphQLException($"first must be from 1 to {MaxOptions}; got {first}. Narrow the list with search instead.", ApiErrorCodes.BadUserInput);
        }

        if (parameter.Options is not { } options)
        {
            return [];
        }

        var list = await options.ListAsync(context.Service<ParameterOptionsCheck>().Context, search, first, context.RequestAborted);
        return list.Take(first).Select(o => new ParameterOptionNode(o)).ToList();
    }

    private const int MaxOptions = 100;
}

/// <summary>One allowed value of a parameter.</summary>
[GraphQLName("ParameterOption")]
public sealed class ParameterOptionNode(ParameterOption option)
{
    /// <summary>The value to put in the schedule's parameters, as JSON (e.g. "T04" or 7).</summary>
    public JsonElement Value => JsonSerializer.SerializeToElement(option.Value);
    /// <summary>What a picker shows, e.g. "T04 — Ada Lovelace".</summary>
    public string Label => option.Label;
}
