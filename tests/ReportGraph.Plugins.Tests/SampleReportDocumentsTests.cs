using System.Globalization;
using Microsoft.Extensions.Options;
using ReportGraph.Plugins.StudentReport;
using ReportGraph.Rendering;
using ReportGraph.Rendering.Pdf;
using ReportGraph.Rendering.Tests.Support;
using static ReportGraph.Plugins.Tests.Requests;

namespace ReportGraph.Plugins.Tests;

/// <summary>
/// The three sample plugins' real reports over the demo database, rendered to PDF by the host's renderer: the
/// documents the README pictures come from (set RENDERING_SAMPLES_DIR=docs/images to refresh them).
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class SampleReportDocumentsTests(DemoFixture demo)
{
    [Theory]
    [MemberData(nameof(AllSamplePluginsTests.Keys), MemberType = typeof(AllSamplePluginsTests))]
    public async Task The_sample_report_renders_to_a_valid_pdf_with_its_data_and_a_first_page_picture(string key)
    {
        var report = AllSamplePluginsTests.Create(key);
        // The tutor report covers one week; the others the four weeks up to the demo's last day.
        var start = key == "tutor-weekly" ? DemoFixture.LastDay.AddDays(-6) : DemoFixture.LastDay.AddDays(-27);
        var request = For(report, demo.Sources(), start, DemoFixture.LastDay, report is StudentReportDefinition ? [("studentId", 12L)] : []);
        var result = await report.GenerateAsync(request, CancellationToken.None);

        using var output = new FolderOutput();
        var renderer = new PdfReportRenderer(Options.Create(new PdfRenderingOptions()));
        var generatedAt = new DateTimeOffset(DemoFixture.LastDay.AddDays(1).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);
        await renderer.RenderAsync(new RenderRequest(result, report.DisplayName, request.Period, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
            CultureInfo.GetCultureInfo("en-GB"), generatedAt, "Ada Admin", key), output, CancellationToken.None);
        var pdf = output.Single(".pdf");

        Qpdf.AssertValid(pdf);
        var text = Poppler.Text(pdf);
        Assert.Contains(report.DisplayName, text);
        Assert.Contains("Generated 16/11/2026 08:00 (Europe/Berlin)", text);
        foreach (var kpi in result.Kpis)
        {
            Assert.Contains(kpi.Label.ToUpperInvariant(), text);
        }
        foreach (var chart in result.Charts)
        {
            Assert.Contains(chart.Title, text);
        }
        // Every row of every table is in the document: its first cell at least.
        foreach (var table in result.Tables)
        {
            foreach (var row in await RowsAsync(table))
            {
                if (row[0] is string first && first.Length > 0) Assert.Contains(first, text);
            }
        }

        var folder = Environment.GetEnvironmentVariable("RENDERING_SAMPLES_DIR") ?? output.Folder;
        Directory.CreateDirectory(folder);
        File.Copy(pdf, Path.Combine(folder, $"rendering-{key}.pdf"), overwrite: true);
        var png = Poppler.FirstPagePng(pdf, Path.Combine(folder, $"rendering-{key}"), dpi: folder == output.Folder ? 60 : 80);
        Assert.True(new FileInfo(png).Length > 10_000, $"{png} looks empty");
    }
}
