using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Charts;
using ReportGraph.Rendering.Tests.Support;
using Kpi = ReportGraph.Abstractions.Kpi;

namespace ReportGraph.Rendering.Tests;

/// <summary>Issue 14: charts and tables without data render their empty-state sentence in every format instead of failing.</summary>
public sealed class EmptyStateTests
{
    private const string NoGrades = "No grades in this period";

    /// <summary>A chart without series (own sentence), a chart whose points all lack a y (default sentence), an empty table with and one without a sentence.</summary>
    private static ReportResult QuietPeriod() => new()
    {
        Title = "Student report",
        Kpis = [new Kpi("Average grade", null) { Detail = "no grades in this period" }],
        Charts =
        [
            new Chart { Title = "Grades over time", Kind = ChartKind.Line, Series = [], EmptyText = NoGrades },
            new Chart
            {
                Title = "Attendance", Kind = ChartKind.Bar, Series = [new ChartSeries("Rate", [new ChartPoint("Mon", null)])],
                Thresholds = [new ChartThreshold("Target", 0.9)],
            },
        ],
        Tables =
        [
            new ReportTable { Name = "Grades", Columns = [new ReportColumn("grade", "Grade", ColumnType.Decimal)], Rows = SampleReports.Async([]), EmptyText = NoGrades },
            SampleReports.Table("Lessons", [new ReportColumn("date", "Date", ColumnType.Date), new ReportColumn("subject", "Subject", ColumnType.Text)], []),
        ],
    };

    private static async Task<FolderOutput> RenderAsync(ReportFormat format)
    {
        var output = new FolderOutput();
        await Renderers.Create().Get(format).RenderAsync(SampleReports.Request(QuietPeriod()), output, CancellationToken.None);
        return output;
    }

    [Fact]
    public void Empty_charts_draw_their_sentence_as_svg_and_email_html()
    {
        var result = QuietPeriod();
        Assert.True(EmptyState.IsEmpty(result.Charts[0]));
        Assert.True(EmptyState.IsEmpty(result.Charts[1]));
        var svg = SvgChart.Render(result.Charts[0], CultureInfo.InvariantCulture);
        Assert.Contains(NoGrades, svg);
        Assert.Contains(EmptyState.DefaultText, SvgChart.Render(result.Charts[1], CultureInfo.InvariantCulture));
        var email = EmailChartHtml.Render(result.Charts[0], CultureInfo.InvariantCulture);
        Assert.Contains("Grades over time", email);
        Assert.Contains(NoGrades, email);
        Assert.Contains(EmptyState.DefaultText, EmailChartHtml.Render(result.Charts[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_email_preview_of_an_empty_table_carries_its_sentence()
    {
        var formatter = new ReportGraph.Rendering.Formatting.ValueFormatter(SampleReports.EnUs, SampleReports.Berlin);
        var preview = await new ReportGraph.Rendering.Formatting.TablePreviewBuilder(formatter).BuildAsync(QuietPeriod().Tables[0], 10, CancellationToken.None);
        Assert.Equal((0, 0L, NoGrades), (preview.Rows.Count, preview.TotalRows, preview.EmptyText));
        var full = await new ReportGraph.Rendering.Formatting.TablePreviewBuilder(formatter).BuildAsync(SampleReports.Claims(3), 10, CancellationToken.None);
        Assert.Null(full.EmptyText);
    }

    [Fact]
    public async Task Pdf_shows_every_sentence()
    {
        using var output = await RenderAsync(ReportFormat.Pdf);
        var text = Poppler.Text(output.Single(".pdf"));
        Assert.Equal(2, CountOf(text, NoGrades)); // the chart and the table
        Assert.Equal(2, CountOf(text, EmptyState.DefaultText)); // the second chart and the second table
        Assert.Contains("Grades over time", text);
    }

    [Fact]
    public async Task Html_shows_every_sentence()
    {
        using var output = await RenderAsync(ReportFormat.Html);
        var html = await File.ReadAllTextAsync(output.Single(".html"));
        // As element text (the SVG group also names the sentence in data-name).
        Assert.Equal(2, CountOf(html, $">{NoGrades}<"));
        Assert.Equal(2, CountOf(html, $">{EmptyState.DefaultText}<"));
        Assert.Contains("<div class=\"value\">–</div><div class=\"detail\">no grades in this period</div>", html);
    }

    [Fact]
    public async Task Xlsx_says_why_a_sheet_is_empty_in_the_row_under_the_header()
    {
        using var output = await RenderAsync(ReportFormat.Xlsx);
        using var workbook = SpreadsheetDocument.Open(output.Single(".xlsx"), false);
        var part = workbook.WorkbookPart!;
        var texts = part.Workbook.Sheets!.Elements<Sheet>().Select(s =>
        {
            var rows = ((WorksheetPart)part.GetPartById(s.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            Assert.Equal(2, rows.Count);
            return rows[1].Elements<Cell>().Single().InnerText;
        }).ToList();
        Assert.Equal([NoGrades, EmptyState.DefaultText], texts);
    }

    [Fact]
    public async Task Csv_of_an_empty_table_is_its_header_only()
    {
        using var output = await RenderAsync(ReportFormat.Csv);
        var files = output.Files.Select(f => File.ReadAllText(output.PathOf(f.FileName), Encoding.UTF8)).ToList();
        Assert.Equal(["grade\r\n", "date,subject\r\n"], files);
    }

    [Fact]
    public async Task Json_keeps_empty_arrays_and_adds_the_sentence()
    {
        using var output = await RenderAsync(ReportFormat.Json);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(output.Single(".json")));
        var charts = json.RootElement.GetProperty("charts").EnumerateArray().ToList();
        Assert.Equal(0, charts[0].GetProperty("series").GetArrayLength());
        Assert.Equal(NoGrades, charts[0].GetProperty("emptyText").GetString());
        Assert.Equal(EmptyState.DefaultText, charts[1].GetProperty("emptyText").GetString());
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.All(tables, t => Assert.Equal(0, t.GetProperty("rows").GetArrayLength()));
        Assert.Equal([NoGrades, EmptyState.DefaultText], tables.Select(t => t.GetProperty("emptyText").GetString()));
    }

    [Fact]
    public async Task A_chart_with_data_has_no_empty_text()
    {
        using var output = new FolderOutput();
        await Renderers.Create().Get(ReportFormat.Json).RenderAsync(SampleReports.Request(SampleReports.PayerDrift()), output, CancellationToken.None);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(output.Single(".json")));
        Assert.All(json.RootElement.GetProperty("charts").EnumerateArray(), c => Assert.False(c.TryGetProperty("emptyText", out _)));
        Assert.All(json.RootElement.GetProperty("tables").EnumerateArray(), t => Assert.False(t.TryGetProperty("emptyText", out _)));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
