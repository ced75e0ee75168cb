using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Tests.Support;
using Kpi = ReportGraph.Abstractions.Kpi;

namespace ReportGraph.Rendering.Tests;

public class FormatRendererTests
{
    private static readonly ReportRenderers All = Renderers.Create();

    private static ReportResult Tricky() => new()
    {
        Title = "Tricky <values>",
        Kpis = [new Kpi("Rate", 0.125) { Type = ColumnType.Percent }],
        Charts = [SampleReports.PayerDrift().Charts[0]],
        Tables =
        [
            SampleReports.Table("People & places",
                [
                    new ReportColumn("name", "Name", ColumnType.Text),
                    new ReportColumn("visits", "Visits", ColumnType.Integer),
                    new ReportColumn("rate", "Rate", ColumnType.Percent),
                    new ReportColumn("amount", "Amount", ColumnType.Currency) { Format = "C2" },
                    new ReportColumn("day", "Day", ColumnType.Date),
                    new ReportColumn("at", "At", ColumnType.DateTime),
                    new ReportColumn("active", "Active", ColumnType.Boolean),
                ],
                [
                    ["Smith, \"Jo\"\nline two", 1234, 0.125, 1234.5m, new DateOnly(2026, 11, 9), new DateTimeOffset(2026, 11, 9, 7, 30, 0, TimeSpan.Zero), true],
                    ["<script>alert('x')</script>", 0, 1.0, -3m, new DateOnly(2026, 1, 31), new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero), false],
                    [null, null, null, null, null, null, null],
                ]),
            SampleReports.Table("Second", [new ReportColumn("n", "N", ColumnType.Integer)], [[1], [2]]),
        ],
    };

    private static async Task<FolderOutput> RenderAsync(ReportFormat format, ReportResult result)
    {
        var output = new FolderOutput();
        await All.Get(format).RenderAsync(SampleReports.Request(result), output, CancellationToken.None);
        return output;
    }

    [Fact]
    public async Task Csv_writes_one_rfc4180_utf8_file_per_table_with_invariant_values()
    {
        using var output = await RenderAsync(ReportFormat.Csv, Tricky());
        Assert.Equal(["weekly-report-2026-11-16-people-places.csv", "weekly-report-2026-11-16-second.csv"], output.Files.Select(f => f.FileName));
        Assert.All(output.Files, f => Assert.Equal("text/csv", f.ContentType));
        var bytes = File.ReadAllBytes(output.PathOf(output.Files[0].FileName));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("name,visits,rate,amount,day,at,active\r\n", text);
        Assert.Contains("\"Smith, \"\"Jo\"\"\nline two\",1234,0.125,1234.5,2026-11-09,2026-11-09T08:30:00+01:00,true\r\n", text);
        Assert.Contains("2026-07-01T14:00:00+02:00", text); // summer time in Berlin

        using var reader = CsvReader.Create(new MemoryStream(bytes), null, false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray());
        }
        Assert.Equal(3, rows.Count);
        Assert.Equal("Smith, \"Jo\"\nline two", rows[0][0]);
        Assert.Equal("<script>alert('x')</script>", rows[1][0]);
        Assert.Equal(["", "", "", "", "", "", ""], rows[2]);
    }

    [Fact]
    public async Task Single_table_csv_uses_the_base_file_name()
    {
        using var output = await RenderAsync(ReportFormat.Csv, SampleReports.Student());
        Assert.Equal("weekly-report-2026-11-16.csv", Assert.Single(output.Files).FileName);
    }

    [Fact]
    public async Task Xlsx_has_a_sheet_per_table_with_numbers_dates_styles_and_a_frozen_header()
    {
        using var output = await RenderAsync(ReportFormat.Xlsx, Tricky());
        var (fileName, contentType) = Assert.Single(output.Files);
        Assert.Equal("weekly-report-2026-11-16.xlsx", fileName);
        Assert.Equal(ContentTypes.Xlsx, contentType);

        using var workbook = SpreadsheetDocument.Open(output.PathOf(fileName), false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["People & places", "Second"], sheets.Select(s => s.Name!.Value));
        var sheet = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(4, rows.Count);

        var header = rows[0].Elements<Cell>().ToList();
        Assert.Equal(["Name", "Visits", "Rate", "Amount", "Day", "At", "Active"], header.Select(c => c.InnerText));
        var styles = part.WorkbookStylesPart!.Stylesheet;
        var headerFormat = (CellFormat)styles.CellFormats!.ElementAt((int)header[0].StyleIndex!.Value);
        Assert.NotNull(((Font)styles.Fonts!.ElementAt((int)headerFormat.FontId!.Value)).Bold);

        var first = rows[1].Elements<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("Smith, \"Jo\"\nline two", first["A2"].InnerText);
        Assert.Null(first["B2"].DataType); // a number, not text
        Assert.Equal("1234", first["B2"].CellValue!.Text);
        Assert.Equal("0.125", first["C2"].CellValue!.Text);
        Assert.Equal("0.0%", FormatCode(styles, first["C2"]));
        Assert.Equal("$#,##0.00", FormatCode(styles, first["D2"]).Replace("\"", ""));
        Assert.Equal(new DateTime(2026, 11, 9), DateTime.FromOADate(double.Parse(first["E2"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("yyyy-mm-dd", FormatCode(styles, first["E2"]));
        Assert.Equal(new DateTime(2026, 11, 9, 8, 30, 0), DateTime.FromOADate(double.Parse(first["F2"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(CellValues.Boolean, first["G2"].DataType!.Value);
        Assert.Empty(rows[3].Elements<Cell>()); // nulls leave cells empty

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal(7, sheet.Descendants<Column>().Count());
        Assert.Equal("A1:G4", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public async Task Json_has_title_period_kpis_charts_and_rows_keyed_by_column_name()
    {
        using var output = await RenderAsync(ReportFormat.Json, Tricky());
        using var json = JsonDocument.Parse(File.ReadAllBytes(output.Single(".json")));
        var root = json.RootElement;
        Assert.Equal("Tricky <values>", root.GetProperty("title").GetString());
        Assert.Equal("Week 46, 2026", root.GetProperty("period").GetProperty("label").GetString());
        Assert.Equal("2026-11-09T00:00:00+01:00", root.GetProperty("period").GetProperty("start").GetString());
        var kpi = root.GetProperty("kpis")[0];
        Assert.Equal(0.125, kpi.GetProperty("value").GetDouble());
        Assert.Equal("12.5%", kpi.GetProperty("formatted").GetString());
        Assert.Equal(3, root.GetProperty("charts")[0].GetProperty("series").GetArrayLength());
        Assert.Equal(0.08, root.GetProperty("charts")[0].GetProperty("thresholds")[0].GetProperty("value").GetDouble());

        var table = root.GetProperty("tables")[0];
        Assert.Equal("People & places", table.GetProperty("name").GetString());
        Assert.Equal(3, table.GetProperty("rowCount").GetInt32());
        var row = table.GetProperty("rows")[0];
        Assert.Equal("Smith, \"Jo\"\nline two", row.GetProperty("name").GetString());
        Assert.Equal(1234, row.GetProperty("visits").GetInt32());
        Assert.Equal(1234.5m, row.GetProperty("amount").GetDecimal());
        Assert.Equal("2026-11-09", row.GetProperty("day").GetString());
        Assert.Equal("2026-11-09T08:30:00+01:00", row.GetProperty("at").GetString());
        Assert.True(row.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.Null, table.GetProperty("rows")[2].GetProperty("visits").ValueKind);
        Assert.Equal(2, root.GetProperty("tables")[1].GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Html_is_a_standalone_document_with_encoded_values_svg_charts_and_tables()
    {
        using var output = await RenderAsync(ReportFormat.Html, Tricky());
        var html = File.ReadAllText(output.Single(".html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<title>Tricky &lt;values&gt;</title>", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html);
        Assert.Contains("<h2>People &amp; places</h2>", html);
        Assert.Contains("<td class=\"num\">1,234</td>", html);
        Assert.Contains("<td class=\"num\">12.5%</td>", html);
        Assert.Contains("<td>11/9/2026 8:30", html); // in the Berlin zone (ICU puts a narrow space before AM)
        Assert.Contains("12.5%", html); // KPI
        Assert.EndsWith("</html>\n", html);
        // The SVG inside is well-formed XML.
        var svgStart = html.IndexOf("<svg", StringComparison.Ordinal);
        var svgEnd = html.IndexOf("</svg>", StringComparison.Ordinal) + 6;
        XDocument.Parse(html[svgStart..svgEnd]);
    }

    [Fact]
    public async Task Html_links_url_cells()
    {
        using var output = await RenderAsync(ReportFormat.Html, SampleReports.TutorWeekly());
        Assert.Contains("<a href=\"https://example.org/sessions/3\">https://example.org/sessions/3</a>", File.ReadAllText(output.Single(".html")));
    }

    private static string FormatCode(Stylesheet styles, Cell cell)
    {
        var format = (CellFormat)styles.CellFormats!.ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value!;
    }
}
