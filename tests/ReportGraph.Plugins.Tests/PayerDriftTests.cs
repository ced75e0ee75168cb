using ReportGraph.Abstractions;
using ReportGraph.Host.DemoData;
using ReportGraph.Plugins.PayerDrift;
using static ReportGraph.Plugins.Tests.Requests;

namespace ReportGraph.Plugins.Tests;

[Collection(DemoCollection.Name)]
public sealed class PayerDriftTests(DemoFixture demo)
{
    private static readonly DateOnly End = DemoFixture.LastDay;
    private readonly PayerDriftDefinition _report = new();

    private Task<ReportResult> RunAsync(params (string, object?)[] values) =>
        _report.GenerateAsync(For(_report, demo.Sources(), End.AddDays(-6), End, values), CancellationToken.None);

    /// <summary>Claims of a payer in week <paramref name="weeksBack"/> (0 = the seven days ending at the last day).</summary>
    private List<Claim> Week(string payerId, int weeksBack) => demo.Data.Claims
        .Where(c => c.PayerId == payerId && (End.DayNumber - c.SubmittedOn.DayNumber) / 7 == weeksBack && c.SubmittedOn <= End)
        .ToList();

    private static double Rate(List<Claim> claims) => (double)claims.Count(c => c.Outcome == ClaimOutcome.Denied) / claims.Count;

    private (double Baseline, double Recent) Rates(string payerId, int baselineWeeks = 8, int recentWeeks = 4)
    {
        var recent = Enumerable.Range(0, recentWeeks).SelectMany(k => Week(payerId, k)).ToList();
        var baseline = Enumerable.Range(recentWeeks, baselineWeeks).SelectMany(k => Week(payerId, k)).ToList();
        return (Rate(baseline), Rate(recent));
    }

    [Fact]
    public async Task At_the_default_threshold_exactly_the_two_drifting_payers_are_flagged()
    {
        var result = await RunAsync();
        var table = Table(result, "Drift by payer");
        var rows = await RowsAsync(table);

        var flagged = rows.Where(r => (bool)Cell(table, r, "flagged")!).Select(r => (string)Cell(table, r, "payerId")!).Order();
        Assert.Equal(demo.Data.DriftingPayerIds.Order(), flagged);
        Assert.Equal(2, result.Kpis.Single(k => k.Label == "Payers flagged").Value);
        Assert.Equal(KpiTone.Bad, result.Kpis.Single(k => k.Label == "Payers flagged").Tone);
    }

    [Fact]
    public async Task Summary_rows_hold_baseline_and_recent_rates_computed_from_the_claims()
    {
        var result = await RunAsync();
        var table = Table(result, "Drift by payer");
        var rows = await RowsAsync(table);

        Assert.Equal(demo.Data.Payers.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Id), rows.Select(r => (string)r[0]!));
        foreach (var row in rows)
        {
            var id = (string)row[0]!;
            var (baseline, recent) = Rates(id);
            Assert.Equal(baseline, (double)Cell(table, row, "baselineRate")!, 12);
            Assert.Equal(recent, (double)Cell(table, row, "recentRate")!, 12);
            Assert.Equal((recent - baseline) * 100, (double)Cell(table, row, "deltaPp")!, 10);
            Assert.Equal((long)Enumerable.Range(4, 8).Sum(k => Week(id, k).Count), Cell(table, row, "baselineClaims"));
            Assert.Equal(Math.Abs(recent - baseline) > 0.05, Cell(table, row, "flagged"));
        }
    }

    [Fact]
    public async Task Weekly_rows_hold_each_payers_weekly_denial_rate_against_its_baseline()
    {
        var result = await RunAsync();
        var table = Table(result, "Weekly denial rate");
        var rows = await RowsAsync(table);

        Assert.Equal(6 * 12, rows.Count);
        var bsm = rows.Where(r => (string)r[0]! == "BSM").ToList();
        Assert.Equal(Enumerable.Range(0, 12).Reverse().Select(k => (object?)End.AddDays(-7 * k - 6)), bsm.Select(r => Cell(table, r, "weekStart")));
        var baseline = Rates("BSM").Baseline;
        foreach (var (row, k) in bsm.Zip(Enumerable.Range(0, 12).Reverse()))
        {
            var week = Week("BSM", k);
            Assert.Equal((long)week.Count, Cell(table, row, "claims"));
            Assert.Equal((long)week.Count(c => c.Outcome == ClaimOutcome.Denied), Cell(table, row, "denied"));
            Assert.Equal(Rate(week), (double)Cell(table, row, "denialRate")!, 12);
            Assert.Equal(baseline, (double)Cell(table, row, "baselineRate")!, 12);
            Assert.Equal(k < 4 ? "recent" : "baseline", Cell(table, row, "window"));
            Assert.Equal(k < 4 && Math.Abs(Rate(week) - baseline) > 0.05, Cell(table, row, "drift"));
        }
        Assert.Contains(bsm, r => (bool)Cell(table, r, "drift")!);
        Assert.DoesNotContain(rows.Where(r => (string)r[0]! == "CCP"), r => (bool)Cell(table, r, "drift")!);
    }

    [Fact]
    public async Task Kpis_show_the_overall_recent_denial_rate_and_the_worst_change()
    {
        var result = await RunAsync();
        var kpis = result.Kpis.ToDictionary(k => k.Label);

        var recent = demo.Data.Claims.Where(c => c.SubmittedOn > End.AddDays(-28) && c.SubmittedOn <= End).ToList();
        Assert.Equal(Rate(recent), (double)kpis["Denial rate"].Value!, 12);
        var worst = demo.Data.Payers.Select(p => (p.Name, Delta: Rates(p.Id).Recent - Rates(p.Id).Baseline)).MaxBy(p => p.Delta);
        Assert.Equal(worst.Delta * 100, (double)kpis["Worst change"].Value!, 10);
        Assert.Equal(worst.Name, kpis["Worst change"].Detail);
        Assert.Equal(KpiTone.Bad, kpis["Worst change"].Tone);
    }

    [Fact]
    public async Task Charts_show_weekly_rates_and_changes_with_the_threshold_lines()
    {
        var result = await RunAsync((PayerDriftDefinition.ThresholdParameter, 0.08m));

        var rates = result.Charts.Single(c => c.Title == "Weekly denial rate");
        Assert.Equal(ChartKind.Line, rates.Kind);
        Assert.Equal(ColumnType.Percent, rates.YAxisType);
        Assert.Equal(6, rates.Series.Count);
        Assert.All(rates.Series, s => Assert.Equal(12, s.Points.Count));
        Assert.Equal(Rate(Week("SVH", 0)), rates.Series.Single(s => s.Name == "Summit Valley Health").Points[^1].Y!.Value, 12);

        var changes = result.Charts.Single(c => c.Title == "Change against baseline");
        Assert.Equal([8.0, -8.0], changes.Thresholds.Select(t => t.Value));
    }

    [Theory]
    [InlineData("BSM")]
    [InlineData("bsm")]
    [InlineData("Bluestone Mutual")]
    public async Task One_payer_by_code_or_name_with_its_baseline_and_threshold_lines(string payer)
    {
        var result = await RunAsync((PayerDriftDefinition.PayerParameter, payer));
        var rows = await RowsAsync(Table(result, "Weekly denial rate"));

        Assert.All(rows, r => Assert.Equal("BSM", r[0]));
        Assert.Equal(12, rows.Count);
        var thresholds = result.Charts.Single(c => c.Title == "Weekly denial rate").Thresholds;
        var baseline = Rates("BSM").Baseline;
        Assert.Equal([baseline, baseline + 0.05], thresholds.Select(t => t.Value));
        Assert.StartsWith("Bluestone Mutual (BSM)", result.Subtitle);
    }

    [Fact]
    public async Task Window_lengths_and_threshold_change_what_is_flagged()
    {
        var strict = await RunAsync((PayerDriftDefinition.ThresholdParameter, 0.5m));
        Assert.Equal(0, strict.Kpis.Single(k => k.Label == "Payers flagged").Value);

        var result = await RunAsync((PayerDriftDefinition.BaselineWeeksParameter, 12L), (PayerDriftDefinition.RecentWeeksParameter, 2L),
            (PayerDriftDefinition.ThresholdParameter, 0.02m));
        var table = Table(result, "Drift by payer");
        var rows = await RowsAsync(table);
        Assert.Equal(6 * 14, (await RowsAsync(Table(result, "Weekly denial rate"))).Count);
        foreach (var row in rows)
        {
            var (baseline, recent) = Rates((string)row[0]!, baselineWeeks: 12, recentWeeks: 2);
            Assert.Equal((recent - baseline) * 100, (double)Cell(table, row, "deltaPp")!, 10);
            Assert.Equal(Math.Abs(recent - baseline) > 0.02, Cell(table, row, "flagged"));
        }
    }

    [Fact]
    public async Task An_unknown_payer_is_a_clear_argument_error_listing_the_codes()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync((PayerDriftDefinition.PayerParameter, "Acme")));

        Assert.Equal("payer", error.ParamName);
        Assert.Contains("no payer with code or name 'Acme'", error.Message);
        Assert.Contains("BSM, CCP, HLA, NWH, ORB, SVH", error.Message);
    }

    [Theory]
    [InlineData(PayerDriftDefinition.BaselineWeeksParameter, 1L)]
    [InlineData(PayerDriftDefinition.BaselineWeeksParameter, 21L)]
    [InlineData(PayerDriftDefinition.RecentWeeksParameter, 0L)]
    [InlineData(PayerDriftDefinition.RecentWeeksParameter, 9L)]
    public async Task Out_of_range_window_lengths_are_refused_for_direct_callers(string name, long value)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync((name, value)));
        Assert.Equal(name, error.ParamName);
        Assert.Contains("must be between", error.Message);
    }

    [Fact]
    public async Task An_out_of_range_threshold_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync((PayerDriftDefinition.ThresholdParameter, 0.9m)));
        Assert.Equal("threshold", error.ParamName);
    }

    [Fact]
    public async Task A_window_without_claims_gives_empty_tables_and_no_flags()
    {
        var later = End.AddDays(400);
        var result = await _report.GenerateAsync(For(_report, demo.Sources(), later.AddDays(-6), later), CancellationToken.None);

        Assert.Empty(await RowsAsync(Table(result, "Weekly denial rate")));
        Assert.Equal(0, result.Kpis.Single(k => k.Label == "Payers flagged").Value);
        Assert.Null(result.Kpis.Single(k => k.Label == "Denial rate").Value);
    }
}
