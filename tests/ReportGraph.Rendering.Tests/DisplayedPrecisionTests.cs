using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Formatting;
using ReportGraph.Rendering.Tests.Support;

namespace ReportGraph.Rendering.Tests;

/// <summary>
/// CSV and XLSX cells hold numbers rounded as the column displays them (by its format, or its type), JSON the full
/// value; custom formats with text ("+3.2 pp") reach the XLSX number format.
/// </summary>
public sealed class DisplayedPrecisionTests
{
    private static readonly ReportRenderers All = Renderers.Create();

    private static ReportResult Rates() => new()
    {
        Title = "Rates",
        Tables =
        [
            SampleReports.Table("Rates",
            [
                new ReportColumn("rate", "Rate", ColumnType.Percent) { Format = "P1" },
                new ReportColumn("plain", "Plain rate", ColumnType.Percent),
                new ReportColumn("change", "Change", ColumnType.Decimal) { Format = "+0.0' pp';-0.0' pp';0.0' pp'" },
                new ReportColumn("hours", "Hours", ColumnType.Decimal) { Format = "N2" },
                new ReportColumn("raw", "Raw", ColumnType.Decimal),
                new ReportColumn("count", "Count", ColumnType.Integer),
            ],
            [
                [0.123456789, 0.0714285714, 3.14159, 12.3456, 1.23456789, 7L],
                [0.1235, 0.5, -0.05, 1m / 3m, null, 8L],
            ]),
        ],
    };

    [Theory]
    [InlineData(ColumnType.Percent, "P1", 3)]
    [InlineData(ColumnType.Percent, "P0", 2)]
    [InlineData(ColumnType.Percent, null, 3)]
    [InlineData(ColumnType.Decimal, "N1", 1)]
    [InlineData(ColumnType.Decimal, "F3", 3)]
    [InlineData(ColumnType.Currency, null, 2)]
    [InlineData(ColumnType.Decimal, "0.00%", 4)]
    [InlineData(ColumnType.Decimal, "+0.0' pp';-0.0' pp'", 1)]
    [InlineData(ColumnType.Decimal, "#,##0", 0)]
    public void Decimals_come_from_the_format_or_the_type(ColumnType type, string? format, int decimals) =>
        Assert.Equal(decimals, DisplayedPrecision.DecimalsOf(new ReportColumn("x", "X", type) { Format = format }));

    [Fact]
    public void Text_whole_numbers_and_unformatted_decimals_are_not_rounded()
    {
        Assert.Null(DisplayedPrecision.DecimalsOf(new ReportColumn("x", "X", ColumnType.Decimal)));
        Assert.Null(DisplayedPrecision.DecimalsOf(new ReportColumn("x", "X", ColumnType.Integer) { Format = "N1" }));
        Assert.Equal("text", DisplayedPrecision.Round("text", new ReportColumn("x", "X", ColumnType.Percent)));
    }

    [Fact]
    public async Task Csv_rounds_as_displayed_half_away_from_zero()
    {
        using var output = new FolderOutput();
        await All.Get(ReportFormat.Csv).RenderAsync(SampleReports.Request(Rates()), output, CancellationToken.None);

        var lines = File.ReadAllLines(output.PathOf(Assert.Single(output.Files).FileName), Encoding.UTF8);
        Assert.Equal("rate,plain,change,hours,raw,count", lines[0]);
        Assert.Equal("0.123,0.071,3.1,12.35,1.23456789,7", lines[1]);
        Assert.Equal("0.124,0.5,-0.1,0.33,,8", lines[2]); // 0.1235 is 12.4 % on screen; -0.05 pp shows as -0.1 pp
    }

    [Fact]
    public async Task Xlsx_cells_are_rounded_and_a_custom_format_keeps_its_text()
    {
        using var output = new FolderOutput();
        await All.Get(ReportFormat.Xlsx).RenderAsync(SampleReports.Request(Rates()), output, CancellationToken.None);

        using var workbook = SpreadsheetDocument.Open(output.PathOf(Assert.Single(output.Files).FileName), false);
        var part = workbook.WorkbookPart!;
        var sheet = ((WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("0.123", cells["A2"].CellValue!.Text);
        Assert.Equal("3.1", cells["C2"].CellValue!.Text);
        Assert.Equal("12.35", cells["D2"].CellValue!.Text);
        Assert.Equal("1.23456789", cells["E2"].CellValue!.Text);
        var styles = part.WorkbookStylesPart!.Stylesheet;
        var format = (CellFormat)styles.CellFormats!.ElementAt((int)cells["C2"].StyleIndex!.Value);
        var code = styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value;
        Assert.Equal("+0.0\" pp\";-0.0\" pp\";0.0\" pp\"", code);
    }

    [Fact]
    public async Task Json_keeps_the_full_precision()
    {
        using var output = new FolderOutput();
        await All.Get(ReportFormat.Json).RenderAsync(SampleReports.Request(Rates()), output, CancellationToken.None);

        using var json = JsonDocument.Parse(File.ReadAllBytes(output.PathOf(Assert.Single(output.Files).FileName)));
        var row = json.RootElement.GetProperty("tables")[0].GetProperty("rows")[0];
        Assert.Equal(0.123456789, row.GetProperty("rate").GetDouble());
        Assert.Equal(3.14159, row.GetProperty("change").GetDouble());
    }
}
