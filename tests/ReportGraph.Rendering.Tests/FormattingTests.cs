using System.Globalization;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Documents;
using ReportGraph.Rendering.Formatting;
using ReportGraph.Rendering.Tests.Support;
using Snapshooter.Xunit;

namespace ReportGraph.Rendering.Tests;

public class FormattingTests
{
    private static readonly ValueFormatter Us = new(SampleReports.EnUs, SampleReports.Berlin);
    private static readonly ValueFormatter German = new(CultureInfo.GetCultureInfo("de-DE"), SampleReports.Berlin);

    [Fact]
    public void Numbers_percent_and_currency_follow_the_culture()
    {
        Assert.Equal("1,234", Us.Format(1234, ColumnType.Integer, null));
        Assert.Equal("1.234", German.Format(1234, ColumnType.Integer, null));
        Assert.Equal("12.5%", Us.Format(0.125, ColumnType.Percent, null));
        Assert.Equal("12,5 %", German.Format(0.125, ColumnType.Percent, null));
        Assert.Equal("$1,234.50", Us.Format(1234.5m, ColumnType.Currency, null));
        Assert.Equal("1.234,50 €", German.Format(1234.5m, ColumnType.Currency, null));
        Assert.Equal("3.14", Us.Format(3.14159, ColumnType.Decimal, null));
        Assert.Equal("7", Us.Format(7, ColumnType.Decimal, null));
        Assert.Equal("97.5", Us.Format(97.5, ColumnType.Decimal, "N1"));
        Assert.Equal("", Us.Format(null, ColumnType.Decimal, null));
        Assert.Equal("Yes", Us.Format(true, ColumnType.Boolean, null));
    }

    [Fact]
    public void Dates_use_the_culture_and_instants_the_report_zone()
    {
        Assert.Equal("11/9/2026", Us.Format(new DateOnly(2026, 11, 9), ColumnType.Date, null));
        Assert.Equal("09.11.2026", German.Format(new DateOnly(2026, 11, 9), ColumnType.Date, null));
        var instant = new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero); // 00:30 next day in Berlin (summer time)
        Assert.Equal("02.07.2026 00:30", German.Format(instant, ColumnType.DateTime, null));
        Assert.Equal("02.07.2026", German.Format(instant, ColumnType.Date, null));
        Assert.Equal("2026-07-02 00:30", Us.Format(instant, ColumnType.DateTime, "yyyy-MM-dd HH:mm"));
    }

    [Fact]
    public void Kpis_are_formatted_with_their_type_format_detail_and_tone()
    {
        var kpi = Us.Format(new Kpi("Attendance", 0.943) { Type = ColumnType.Percent, Detail = "3 days absent", Tone = KpiTone.Good });
        Assert.Equal(new FormattedKpi("Attendance", "94.3%", "3 days absent", KpiTone.Good), kpi);
        Assert.Equal("Blue Valley", Us.Format(new Kpi("Worst payer", "Blue Valley")).Value);
    }

    [Fact]
    public async Task Table_preview_reads_only_the_rows_it_shows()
    {
        var produced = 0;
        var table = SampleReports.Claims(10_000, onRow: i => produced = i);
        var preview = await new TablePreviewBuilder(Us).BuildAsync(table, 5, CancellationToken.None);
        Assert.Equal(6, produced); // five shown, one more to know there are more
        Assert.Equal(5, preview.Rows.Count);
        Assert.Equal(-1, preview.TotalRows);
        Assert.Equal("Claims", preview.TableName);
        Assert.Equal(["Claim id", "Payer", "Service date", "Amount", "Denial rate", "Note"], preview.Headers);
        Assert.Equal([false, false, false, true, true, false], preview.NumericColumns);
        Assert.Equal(["CLM-000001", "Blue Valley Mutual", "11/10/2026", "$101.50", "0.3%", ""], preview.Rows[0]);
    }

    [Fact]
    public async Task Table_preview_counts_all_rows_when_asked_and_knows_short_tables_exactly()
    {
        var counted = await new TablePreviewBuilder(Us).BuildAsync(SampleReports.Claims(1_000), 3, CancellationToken.None, countAllRows: true);
        Assert.Equal(1_000, counted.TotalRows);
        Assert.Equal(3, counted.Rows.Count);
        var small = await new TablePreviewBuilder(Us).BuildAsync(SampleReports.Claims(2), 10, CancellationToken.None);
        Assert.Equal(2, small.TotalRows);
    }

    [Fact]
    public async Task Table_preview_checks_row_shape()
    {
        var table = SampleReports.Table("T", [new ReportColumn("a", "A", ColumnType.Text)], [["x", "extra"]]);
        await Assert.ThrowsAsync<ReportTableShapeException>(() => new TablePreviewBuilder(Us).BuildAsync(table, 5, CancellationToken.None));
    }

    [Fact]
    public void Document_model_snapshot()
    {
        var document = ReportDocumentBuilder.Build(SampleReports.Request(SampleReports.PayerDrift()));
        Snapshot.Match(Describe(document));
    }

    [Fact]
    public void Document_model_has_blocks_in_reading_order_and_does_not_read_rows()
    {
        var produced = 0;
        var result = new ReportResult { Title = "Claims", Subtitle = "All payers", Notes = ["  ", "One note"], Tables = [SampleReports.Claims(10, onRow: i => produced = i)] };
        var document = ReportDocumentBuilder.Build(SampleReports.Request(result));
        Assert.Equal([typeof(TitleBlock), typeof(ParagraphBlock), typeof(TableBlock)], document.Blocks.Select(b => b.GetType()));
        Assert.Equal(0, produced);
        Assert.Equal("Claims – All payers", document.Title);
        Assert.Equal("Weekly report", document.FooterText);
    }

    // Snapshooter (JSON) fits here: the document projected to plain values reads well as JSON. The model itself
    // does not serialize (streamed rows, the formatter's culture and zone), so the snapshot is of this projection.
    internal static object Describe(ReportDocument document) => new
    {
        document.Title,
        document.Subject,
        document.Author,
        CreatedAt = document.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        document.Header,
        Footer = document.FooterText,
        Blocks = document.Blocks.Select(block => block switch
        {
            TitleBlock t => (object)new { Block = "title", t.Title, t.Subtitle, t.PeriodLine, t.GeneratedLine },
            KpiTilesBlock k => new { Block = "kpis", Tiles = k.Tiles.Select(t => new { t.Label, t.Value, t.Detail, Tone = t.Tone.ToString() }) },
            ParagraphBlock p => new { Block = "paragraph", p.Text },
            ChartBlock c => new
            {
                Block = "chart",
                Kind = c.Chart.Kind.ToString(),
                c.Chart.Title,
                Series = c.Chart.Series.Select(s => s.Name),
                Thresholds = c.Chart.Thresholds.Select(t => t.Label),
            },
            TableBlock t => new
            {
                Block = "table",
                t.Heading,
                Columns = t.Table.Columns.Select((c, i) => new { c.Header, Type = c.Type.ToString(), RightAligned = t.NumericColumns[i] }),
            },
            _ => block.ToString()!,
        }),
    };
}
