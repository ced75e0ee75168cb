using System.Runtime.CompilerServices;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Csv;
using ReportGraph.Rendering.Pdf;
using ReportGraph.Rendering.Tests.Support;

namespace ReportGraph.Rendering.Tests;

public class FailurePathTests
{
    private static readonly ReportRenderers All = Renderers.Create();

    public static TheoryData<ReportFormat> Formats => new() { ReportFormat.Pdf, ReportFormat.Csv, ReportFormat.Xlsx, ReportFormat.Json, ReportFormat.Html };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Row_with_the_wrong_number_of_values_fails_naming_the_table_and_row(ReportFormat format)
    {
        var table = SampleReports.Table("Sessions",
            [new ReportColumn("tutor", "Tutor", ColumnType.Text), new ReportColumn("hours", "Hours", ColumnType.Decimal)],
            [["Maria", 1.5], ["Jonas", 2.0], ["Aylin"]]);
        using var output = new FolderOutput();
        var error = await Assert.ThrowsAsync<ReportTableShapeException>(() =>
            All.Get(format).RenderAsync(SampleReports.Request(new ReportResult { Title = "T", Tables = [table] }), output, CancellationToken.None));
        Assert.Equal("Table 'Sessions' row 3 has 1 value(s) but the table has 2 column(s) (tutor, hours).", error.Message);
        Assert.Equal("Sessions", error.TableName);
        Assert.Equal(3, error.RowNumber);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_result_without_tables_or_a_table_without_columns_is_rejected(ReportFormat format)
    {
        using var output = new FolderOutput();
        var none = await Assert.ThrowsAsync<ArgumentException>(() =>
            All.Get(format).RenderAsync(SampleReports.Request(new ReportResult { Title = "Empty", Tables = [] }), output, CancellationToken.None));
        Assert.Contains("Report 'Empty' has no table", none.Message);
        var noColumns = await Assert.ThrowsAsync<ArgumentException>(() =>
            All.Get(format).RenderAsync(SampleReports.Request(new ReportResult { Title = "T", Tables = [SampleReports.Table("Bare", [], [])] }), output, CancellationToken.None));
        Assert.Contains("Table 'Bare' has no columns", noColumns.Message);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_already_cancelled_token_stops_rendering(ReportFormat format)
    {
        using var output = new FolderOutput();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            All.Get(format).RenderAsync(SampleReports.Request(SampleReports.PayerDrift()), output, cts.Token));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Cancelling_in_the_middle_of_a_large_table_stops_reading_rows(ReportFormat format)
    {
        using var output = new FolderOutput();
        using var cts = new CancellationTokenSource();
        var produced = 0;
        var table = SampleReports.Claims(100_000, onRow: i =>
        {
            produced = i;
            if (i == 2_000) cts.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            All.Get(format).RenderAsync(SampleReports.Request(new ReportResult { Title = "Claims", Tables = [table] }), output, cts.Token));
        Assert.InRange(produced, 2_000, 2_001);
    }

    [Fact]
    public async Task A_plugin_whose_rows_throw_surfaces_its_error()
    {
        var table = new ReportTable { Name = "Broken", Columns = [new ReportColumn("a", "A", ColumnType.Text)], Rows = Throwing() };
        using var output = new FolderOutput();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            All.Get(ReportFormat.Pdf).RenderAsync(SampleReports.Request(new ReportResult { Title = "T", Tables = [table] }), output, CancellationToken.None));
        Assert.Equal("database went away", error.Message);
    }

    [Fact]
    public void Missing_fonts_fail_with_the_folder_and_the_package_to_install()
    {
        var error = Assert.Throws<FileNotFoundException>(() => DejaVuFonts.Load("/nonexistent/fonts"));
        Assert.Contains("/nonexistent/fonts/DejaVuSans.ttf", error.Message);
        Assert.Contains("fonts-dejavu-core", error.Message);
        Assert.Contains("Rendering:Pdf:FontDirectory", error.Message);
    }

    [Fact]
    public async Task Without_fonts_only_the_pdf_format_fails_and_the_other_formats_still_render()
    {
        var renderers = Renderers.Create(("Rendering:Pdf:FontDirectory", "/nonexistent/fonts"));
        using var output = new FolderOutput();
        var request = SampleReports.Request(SampleReports.Student());

        await renderers.Get(ReportFormat.Csv).RenderAsync(request, output, CancellationToken.None);
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => renderers.Get(ReportFormat.Pdf).RenderAsync(request, output, CancellationToken.None));

        Assert.Contains("/nonexistent/fonts/DejaVuSans.ttf", error.Message);
        Assert.Contains(output.Files, f => f.FileName.EndsWith(".csv", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Files, f => f.FileName.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_page_size_is_a_configuration_error_naming_the_setting()
    {
        var error = Assert.ThrowsAny<Exception>(() => Renderers.Create(("Rendering:Pdf:PageSize", "A3")));
        Assert.Contains("PageSize", error.ToString());
    }

    [Fact]
    public void Asking_for_a_format_without_a_renderer_names_the_registered_ones()
    {
        var renderers = new ReportRenderers([new CsvReportRenderer()]);
        var error = Assert.Throws<NotSupportedException>(() => renderers.Get(ReportFormat.Pdf));
        Assert.Equal("No renderer is registered for format Pdf; registered: Csv.", error.Message);
    }

    private static async IAsyncEnumerable<object?[]> Throwing([EnumeratorCancellation] CancellationToken ct = default)
    {
        yield return ["ok"];
        await Task.Yield();
        throw new InvalidOperationException("database went away");
    }
}
