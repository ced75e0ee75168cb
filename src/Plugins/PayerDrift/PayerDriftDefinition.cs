using System.Globalization;
using System.Runtime.CompilerServices;
using ReportGraph.Abstractions;
using ReportGraph.Plugins.Shared;

namespace ReportGraph.Plugins.PayerDrift;

/// <summary>
/// Weekly claim denial rate per payer against a baseline window, flagging payers whose recent denial rate
/// moved more than a threshold away from their baseline.
/// </summary>
public sealed class PayerDriftDefinition : IReportDefinition
{
    /// <summary>Name of the baseline window length parameter (weeks).</summary>
    public const string BaselineWeeksParameter = "baselineWeeks";

    /// <summary>Name of the recent window length parameter (weeks).</summary>
    public const string RecentWeeksParameter = "recentWeeks";

    /// <summary>Name of the drift threshold parameter (a rate difference: 0.05 = 5 percentage points).</summary>
    public const string ThresholdParameter = "threshold";

    /// <summary>Name of the optional payer filter parameter.</summary>
    public const string PayerParameter = "payer";

    /// <summary>What the charts and tables say when the window has no claims.</summary>
    public const string NoClaimsText = "No claims in this period";

    /// <inheritdoc />
    public string Key => "payer-drift";

    /// <inheritdoc />
    public string DisplayName => "Payer drift report";

    /// <inheritdoc />
    public string Description => "Weekly claim denial rate per payer compared with each payer's baseline; flags payers whose recent denial rate drifted beyond a threshold. For revenue-cycle analysts.";

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <inheritdoc />
    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new(BaselineWeeksParameter, ReportParameterType.Integer)
        {
            DisplayName = "Baseline weeks",
            Description = "How many weeks before the recent window form each payer's baseline denial rate.",
            DefaultValue = 8L,
            Minimum = 2,
            Maximum = 20,
        },
        new(RecentWeeksParameter, ReportParameterType.Integer)
        {
            DisplayName = "Recent weeks",
            Description = "How many weeks, ending with the period's last day, are compared against the baseline.",
            DefaultValue = 4L,
            Minimum = 1,
            Maximum = 8,
        },
        new(ThresholdParameter, ReportParameterType.Decimal)
        {
            DisplayName = "Drift threshold",
            Description = "A payer is flagged when its recent denial rate differs from its baseline by more than this (0.05 = 5 percentage points).",
            DefaultValue = 0.05m,
            Minimum = 0.01m,
            Maximum = 0.5m,
        },
        new(PayerParameter, ReportParameterType.String)
        {
            DisplayName = "Payer",
            Description = "Only this payer, by code (e.g. NWH) or name; empty for all payers.",
            MaxLength = 100,
            Options = new DemoOptions(DriftQueries.PayerOptions, DriftQueries.FindPayerOption, [new ParameterOption("", "All payers")]),
        },
    ];

    /// <inheritdoc />
    public IReadOnlyList<KpiDefinition> Kpis => DriftKpis.Declared;

    /// <inheritdoc />
    public IReadOnlyList<ReportFormat> SupportedFormats { get; } =
        [ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Pdf, ReportFormat.Html, ReportFormat.Json];

    /// <inheritdoc />
    public async Task<ReportResult> GenerateAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var baselineWeeks = (int)InRange(request.Parameters.GetInt64(BaselineWeeksParameter) ?? 8, BaselineWeeksParameter, 2, 20);
        var recentWeeks = (int)InRange(request.Parameters.GetInt64(RecentWeeksParameter) ?? 4, RecentWeeksParameter, 1, 8);
        var threshold = (double)InRange(request.Parameters.GetDecimal(ThresholdParameter) ?? 0.05m, ThresholdParameter, 0.01m, 0.5m);
        var window = new DriftWindow(request.Period.EndDateInclusive, baselineWeeks, recentWeeks);

        await using var connection = await DemoSql.OpenAsync(request.DataSources, cancellationToken);
        var payer = await ResolvePayerAsync(connection, request.Parameters.GetString(PayerParameter), cancellationToken);
        var analysis = await DriftQueries.AnalyseAsync(connection, window, payer?.Id, cancellationToken);

        return new ReportResult
        {
            Title = DisplayName,
            Subtitle = payer is null ? $"All payers, {request.Period.Label}" : $"{payer.Value.Name} ({payer.Value.Id}), {request.Period.Label}",
            Notes =
            [
                $"Recent window: {window.WeekStart(recentWeeks - 1):yyyy-MM-dd} to {window.End:yyyy-MM-dd} ({recentWeeks} weeks); " +
                $"baseline: {window.From:yyyy-MM-dd} to {window.WeekEnd(recentWeeks):yyyy-MM-dd} ({baselineWeeks} weeks).",
                $"A payer is flagged when its recent denial rate differs from its baseline by more than {threshold * 100:0.#} percentage points (pp). " +
                "Rates are denied claims over all claims of a window.",
            ],
            Kpis = DriftKpis.Build(analysis, threshold),
            Charts = DriftCharts.Build(analysis, threshold, singlePayer: payer is not null),
            Tables =
            [
                new ReportTable
                {
                    Name = "Drift by payer",
                    Columns =
                    [
                        new("payerId", "Payer code", ColumnType.Text),
                        new("payer", "Payer", ColumnType.Text),
                        new("baselineClaims", "Baseline claims", ColumnType.Integer),
                        new("baselineRate", "Baseline rate", ColumnType.Percent) { Format = "P1" },
                        new("recentClaims", "Recent claims", ColumnType.Integer),
                        new("recentRate", "Recent rate", ColumnType.Percent) { Format = "P1" },
                        new("deltaPp", "Change", ColumnType.Decimal) { Format = PercentagePoints.Format },
                        new("flagged", "Flagged", ColumnType.Boolean),
                    ],
                    Rows = SummaryRows(request.DataSources, window, payer?.Id, threshold, cancellationToken),
                    EmptyText = NoClaimsText,
                    // The answer to "which payers drifted?" belongs on the first page, before the charts.
                    ShowBeforeCharts = true,
                },
                new ReportTable
                {
                    Name = "Weekly denial rate",
                    Columns =
                    [
                        new("payerId", "Payer code", ColumnType.Text),
                        new("payer", "Payer", ColumnType.Text),
                        new("weekStart", "Week from", ColumnType.Date),
                        new("weekEnd", "Week to", ColumnType.Date),
                        new("window", "Window", ColumnType.Text),
                        new("claims", "Claims", ColumnType.Integer),
                        new("denied", "Denied", ColumnType.Integer),
                        new("denialRate", "Denial rate", ColumnType.Percent) { Format = "P1" },
                        new("baselineRate", "Baseline rate", ColumnType.Percent) { Format = "P1" },
                        new("deltaPp", "Change vs baseline", ColumnType.Decimal) { Format = PercentagePoints.Format },
                        new("drift", "Drift", ColumnType.Boolean),
                    ],
                    Rows = WeeklyRows(request.DataSources, window, payer?.Id, threshold, cancellationToken),
                    EmptyText = NoClaimsText,
                },
            ],
        };
    }

    /// <summary>Each enumeration runs the query again; a week drifts when it is recent and beyond the threshold.</summary>
    private static async IAsyncEnumerable<object?[]> WeeklyRows(IReportDataSources sources, DriftWindow window, string? payerId, double threshold,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await DemoSql.OpenAsync(sources, cancellationToken);
        var analysis = await DriftQueries.AnalyseAsync(connection, window, payerId, cancellationToken);
        foreach (var week in analysis.Weeks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var baseline = analysis.Summary(week.PayerId).BaselineRate;
            var delta = week.Rate - baseline;
            yield return
            [
                week.PayerId, week.PayerName, week.WeekStart, week.WeekEnd, week.IsRecent ? "recent" : "baseline",
                week.Claims, week.Denied, week.Rate, baseline, PercentagePoints.Of(delta), week.IsRecent && delta is { } d && Math.Abs(d) > threshold,
            ];
        }
    }

    private static async IAsyncEnumerable<object?[]> SummaryRows(IReportDataSources sources, DriftWindow window, string? payerId, double threshold,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await DemoSql.OpenAsync(sources, cancellationToken);
        var analysis = await DriftQueries.AnalyseAsync(connection, window, payerId, cancellationToken);
        foreach (var p in analysis.Payers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return [p.PayerId, p.PayerName, p.BaselineClaims, p.BaselineRate, p.RecentClaims, p.RecentRate, PercentagePoints.Of(p.Delta), p.IsFlagged(threshold)];
        }
    }

    private static async Task<(string Id, string Name)?> ResolvePayerAsync(System.Data.Common.DbConnection connection, string? given, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(given)) return null;
        var matches = await DemoSql.ListAsync(connection, DriftQueries.FindPayer, [("@payer", given.Trim())],
            r => (Id: r.GetString(0), Name: r.GetString(1)), cancellationToken);
        if (matches.Count == 1) return matches[0];
        var codes = await DemoSql.ListAsync(connection, DriftQueries.PayerCodes, [], r => r.GetString(0), cancellationToken);
        throw new ArgumentException(
            $"{PayerParameter}: no payer with code or name '{given}' exists; use one of {string.Join(", ", codes)}, or leave it empty for all payers.",
            PayerParameter);
    }

    /// <summary>The host validates ranges already; this guards direct callers.</summary>
    private static T InRange<T>(T value, string name, T min, T max) where T : IComparable<T> =>
        value.CompareTo(min) < 0 || value.CompareTo(max) > 0
            ? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}; got {value}."), name)
            : value;
}
