using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ReportGraph.Abstractions;
using ReportGraph.Plugins.PayerDrift;
using ReportGraph.Rendering;
using ReportGraph.Rendering.Csv;
using ReportGraph.Rendering.Json;
using ReportGraph.Rendering.Pdf;
using ReportGraph.Rendering.Tests.Support;
using ReportGraph.Rendering.Xlsx;
using static ReportGraph.Plugins.Tests.Requests;

namespace ReportGraph.Plugins.Tests;

/// <summary>
/// The payer drift report as readers get it: changes of rates in percentage points ("pp"), the flagged-payer summary on
/// the first page, and rates in CSV and XLSX rounded as displayed while JSON keeps full precision.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed partial class PayerDriftDocumentTests(DemoFixture demo) : IDisposable
{
    private readonly FolderOutput _output = new();
    private readonly PayerDriftDefinition _report = new();

    private async Task<(ReportResult Result, RenderRequest Render)> RenderAsync(params IReportRenderer[] renderers)
    {
        var request = For(_report, demo.Sources(), DemoFixture.LastDay.AddDays(-6), DemoFixture.LastDay);
        var result = await _report.GenerateAsync(request, CancellationToken.None);
        var render = new RenderRequest(result, _report.DisplayName, request.Period, TimeZoneInfo.Utc, CultureInfo.GetCultureInfo("en-GB"),
            DateTimeOffset.UnixEpoch, "Ada Admin", "drift");
        foreach (var renderer in renderers)
        {
            await renderer.RenderAsync(render, _output, CancellationToken.None);
        }

        return (result, render);
    }

    [Fact]
    public async Task The_first_page_has_the_flagged_payers_and_changes_in_pp()
    {
        await RenderAsync(new PdfReportRenderer(Options.Create(new PdfRenderingOptions())));
        var firstPage = Poppler.Text(_output.Single(".pdf"), page: 1);

        Assert.Contains("Drift by payer", firstPage);
        foreach (var payer in demo.Data.DriftingPayerIds)
        {
            Assert.Contains(payer, firstPage);
        }

        Assert.Matches(@"[+-]\d+\.\d pp", firstPage);
        Assert.DoesNotMatch(@"CHANGE\s+[+-]?\d+\.\d\s?%", firstPage);
    }

    [Fact]
    public async Task Csv_and_xlsx_hold_rates_rounded_as_displayed_and_json_the_full_precision()
    {
        var (result, _) = await RenderAsync(new CsvReportRenderer(), new XlsxReportRenderer(), new JsonReportRenderer());
        var summary = Table(result, "Drift by payer");
        var rows = await RowsAsync(summary);

        var csv = _output.Files.Select(f => File.ReadAllLines(_output.PathOf(f.FileName))).Single(l => l[0].StartsWith("payerId,payer,baselineClaims", StringComparison.Ordinal));
        var header = csv[0].Split(',');
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = csv[i + 1].Split(',');
            var rate = (double)Cell(summary, rows[i], "recentRate")!;
            var change = (double)Cell(summary, rows[i], "deltaPp")!;
            Assert.Equal(Shown(rate, 3), cells[Array.IndexOf(header, "recentRate")]);
            Assert.Equal(Shown(change, 1), cells[Array.IndexOf(header, "deltaPp")]);
        }

        using (var xlsx = ZipFile.OpenRead(_output.Single(".xlsx")))
        {
            var sheet = new StreamReader(xlsx.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
            var styles = new StreamReader(xlsx.GetEntry("xl/styles.xml")!.Open()).ReadToEnd();
            var numbers = CellValues().Matches(sheet).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(numbers);
            Assert.All(numbers, n => Assert.True(n.Split('.').ElementAtOrDefault(1) is not { Length: > 3 }, $"{n} has more decimals than shown"));
            Assert.Contains("+0.0&quot; pp&quot;", styles);
        }

        // Full precision stays in JSON: a rate with more than three decimals is there as it is.
        var json = File.ReadAllText(_output.Single(".json"));
        var precise = rows.Select(r => (double)Cell(summary, r, "recentRate")!).First(r => Math.Round(r, 3) != r);
        Assert.Contains(precise.ToString("R", CultureInfo.InvariantCulture), json);
    }

    public void Dispose() => _output.Dispose();

    private static string Shown(double value, int decimals) =>
        ((double)Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero)).ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<(?:x:)?v>([-0-9.E]+)</(?:x:)?v>")]
    private static partial Regex CellValues();
}
