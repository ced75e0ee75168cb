using System.Globalization;
using System.Text.RegularExpressions;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Tests.Support;

namespace ReportGraph.Rendering.Tests;

public class PdfReportRendererTests
{
    private static async Task<(FolderOutput Output, string Pdf)> RenderAsync(ReportResult result, params (string, string)[] settings)
    {
        var output = new FolderOutput();
        await Renderers.Create(settings).Get(ReportFormat.Pdf).RenderAsync(SampleReports.Request(result), output, CancellationToken.None);
        return (output, output.Single(".pdf"));
    }

    [Fact]
    public async Task Multi_page_table_has_every_row_and_page_x_of_y_footers_and_header_on_each_page()
    {
        var result = new ReportResult { Title = "Claims export", Tables = [SampleReports.Claims(1500)] };
        var (output, pdf) = await RenderAsync(result);
        using var _ = output;

        Qpdf.AssertValid(pdf);
        var pages = Poppler.PageCount(pdf);
        Assert.True(pages > 10, $"expected a long document, got {pages} pages");
        var text = Poppler.Text(pdf);
        for (var i = 1; i <= 1500; i++)
        {
            Assert.Single(Regex.Matches(text, $"CLM-{i:D6}"));
        }
        for (var page = 1; page <= pages; page++)
        {
            var pageText = Poppler.Text(pdf, page);
            Assert.Contains($"Page {page} of {pages}", pageText);
            Assert.Contains("Weekly report", pageText); // footer: report name
            Assert.Contains("Claim id", pageText);      // header row repeated
            Assert.Contains("Denial rate", pageText);
            Assert.Equal(page > 1, pageText.Contains("Claims (continued)", StringComparison.Ordinal));
        }
        Assert.Equal(pages, Regex.Count(text, @"Page \d+ of \d+"));
    }

    [Fact]
    public async Task Pages_are_written_to_the_file_while_rows_are_still_being_read()
    {
        var output = new FolderOutput();
        using var _ = output;
        var sizes = new Dictionary<int, long>();
        var table = SampleReports.Claims(6000, onRow: row =>
        {
            if (row % 1000 == 0)
            {
                var file = output.PathOf("weekly-report-2026-11-16.pdf");
                sizes[row] = File.Exists(file) ? new FileInfo(file).Length : 0;
            }
        });
        await Renderers.Create().Get(ReportFormat.Pdf).RenderAsync(SampleReports.Request(new ReportResult { Title = "Claims", Tables = [table] }), output, CancellationToken.None);

        var pdf = output.Single(".pdf");
        Qpdf.AssertValid(pdf);
        var final = new FileInfo(pdf).Length;
        // Rows 1–100 are read twice (a sample sizes the columns first); after that, the file grows as rows stream.
        Assert.True(sizes[2000] > 0 && sizes[4000] > sizes[2000] && sizes[6000] > sizes[4000], string.Join(", ", sizes));
        Assert.True(sizes[6000] > final / 2, $"only {sizes[6000]} of {final} bytes were written before the last row");
        Assert.Equal(6000, Regex.Count(Poppler.Text(pdf), "CLM-"));
    }

    [Fact]
    public async Task Wrapped_rows_are_never_split_across_pages()
    {
        var result = new ReportResult { Title = "Appeals", Tables = [SampleReports.Claims(300, longNotes: true)] };
        var (output, pdf) = await RenderAsync(result);
        using var _ = output;
        var pages = Poppler.PageCount(pdf);
        var pageOfStart = new Dictionary<int, int>();
        var pageOfEnd = new Dictionary<int, int>();
        for (var page = 1; page <= pages; page++)
        {
            var pageText = Poppler.Text(pdf, page);
            foreach (Match m in Regex.Matches(pageText, @"Note for row (\d+):")) pageOfStart[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = page;
            foreach (Match m in Regex.Matches(pageText, @"end-(\d+)")) pageOfEnd[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = page;
        }
        Assert.Equal(300, pageOfStart.Count);
        Assert.Equal(300, pageOfEnd.Count);
        Assert.All(Enumerable.Range(1, 300), row => Assert.Equal(pageOfStart[row], pageOfEnd[row]));
    }

    [Fact]
    public async Task Metadata_title_kpis_chart_and_formatted_numbers_are_in_the_document()
    {
        var (output, pdf) = await RenderAsync(SampleReports.PayerDrift());
        using var _ = output;
        var info = Poppler.Info(pdf);
        Assert.Equal("Payer drift report – Weekly claim denial rate per payer", info["Title"]);
        Assert.Equal("Ada Admin", info["Author"]);
        Assert.Equal("Weekly report: Week 46, 2026", info["Subject"]);
        Assert.Contains("2026", info["CreationDate"]);
        Assert.StartsWith("595", info["Page size"]); // A4 portrait

        var text = Poppler.Text(pdf);
        Assert.Contains("Payer drift report", text);
        Assert.Contains("Period: Week 46, 2026 (11/9/2026 – 11/15/2026)", text);
        Assert.Contains("Generated 11/16/2026 8:00 AM (Europe/Berlin)", text);
        Assert.Contains("12,840", text);          // KPI, integer with grouping
        Assert.Contains("$48,210.75", text);      // KPI, currency
        Assert.Contains("Denial rate per payer", text); // chart and table titles
        Assert.Contains("Drift threshold", text);       // threshold label in the chart
        Assert.Contains("9.7%", text);                  // percent cell
        Assert.Contains("Yes", text);                   // boolean cell
        Assert.Contains("Page 1 of 1", text);
    }

    [Fact]
    public async Task Unicode_text_is_embedded_and_extractable()
    {
        var result = new ReportResult
        {
            Title = "Überblick – Ωmega ✓",
            Tables = [SampleReports.Table("Names", [new ReportColumn("name", "Name", ColumnType.Text)],
                [["Zoë Łukasiewicz"], ["Привет мир"], ["Ελληνικά"], ["李小龙 (Bruce Lee)"], ["東京都 とうきょう"], ["서울특별시"]])],
        };
        var (output, pdf) = await RenderAsync(result);
        using var _ = output;
        var text = Poppler.Text(pdf);
        Assert.Contains("Überblick – Ωmega", text);
        Assert.Contains("Zoë Łukasiewicz", text);
        Assert.Contains("Привет мир", text);
        Assert.Contains("Ελληνικά", text);
        // Characters DejaVu lacks come from the fallback faces, mixed with DejaVu's in one line.
        Assert.Contains("李小龙 (Bruce Lee)", text);
        Assert.Contains("東京都 とうきょう", text);
        Assert.Contains("서울특별시", text);
        // pdffonts columns: name, type, encoding, emb, sub, uni — embedded subsets with a Unicode map.
        var fonts = Poppler.Fonts(pdf);
        Assert.Contains(fonts, f => f.Contains("+DejaVuSans ") && f.Contains("yes yes yes"));
        Assert.Contains(fonts, f => f.Contains("+DroidSansFallback ") && f.Contains("yes yes yes"));
        Assert.Contains(fonts, f => f.Contains("+NanumGothic ") && f.Contains("yes yes yes"));
        Qpdf.AssertValid(pdf);
    }

    [Fact]
    public async Task Wide_table_turns_the_pages_to_landscape_and_letter_is_configurable()
    {
        var columns = Enumerable.Range(1, 14).Select(i => new ReportColumn($"c{i}", $"Column number {i}", ColumnType.Text)).ToList();
        var rows = Enumerable.Range(1, 5).Select(r => columns.Select((_, c) => (object?)$"value {r}-{c} longer text").ToArray()).ToList();
        var result = new ReportResult { Title = "Wide", Tables = [SampleReports.Table("Wide", columns, rows)] };

        var (output, pdf) = await RenderAsync(result);
        using (output)
        {
            Assert.StartsWith("841.89 x 595.28", Poppler.Info(pdf)["Page size"]);
            Assert.Contains("value 5-13 longer text", Poppler.Text(pdf).Replace("\n", " "));
        }

        var (letterOutput, letterPdf) = await RenderAsync(SampleReports.Student(), ("Rendering:Pdf:PageSize", "Letter"));
        using (letterOutput)
        {
            Assert.StartsWith("612 x 792", Poppler.Info(letterPdf)["Page size"]);
        }
    }

    [Fact]
    public async Task Url_cells_and_urls_in_notes_become_links()
    {
        var (output, pdf) = await RenderAsync(SampleReports.TutorWeekly());
        using var _ = output;
        var raw = File.ReadAllText(pdf, System.Text.Encoding.Latin1);
        Assert.Contains("(https://example.org/sessions/1)", raw);
        Assert.Contains("(https://example.org/sessions/24)", raw);
        Assert.Contains("/URI", raw);

        var (driftOutput, driftPdf) = await RenderAsync(SampleReports.PayerDrift());
        using var __ = driftOutput;
        Assert.Contains("(https://example.org/drift-method)", File.ReadAllText(driftPdf, System.Text.Encoding.Latin1));
    }

    [Fact]
    public async Task Tabs_and_other_control_characters_in_cells_print_as_spaces()
    {
        var result = new ReportResult
        {
            Title = "Imported\tnotes",
            Tables = [SampleReports.Table("Notes", [new ReportColumn("note", "Note", ColumnType.Text)], [["Tab\tseparated"], ["bell\u0007ringing"], ["two\r\nlines"]])],
        };
        var (output, pdf) = await RenderAsync(result);
        using var _ = output;
        Qpdf.AssertValid(pdf);
        var text = Poppler.Text(pdf);
        Assert.Contains("Imported notes", text);
        Assert.Contains("Tab separated", text);
        Assert.Contains("bell ringing", text);
        Assert.Contains("two\nlines", text);
    }

    [Fact]
    public async Task The_same_report_renders_to_the_same_bytes()
    {
        var (first, firstPdf) = await RenderAsync(SampleReports.PayerDrift());
        var (second, secondPdf) = await RenderAsync(SampleReports.PayerDrift());
        using var _ = first;
        using var __ = second;
        Assert.Equal(await File.ReadAllBytesAsync(firstPdf), await File.ReadAllBytesAsync(secondPdf));
    }

    [Fact]
    public async Task Empty_table_says_so()
    {
        var result = new ReportResult { Title = "Nothing", Tables = [SampleReports.Table("Claims", [new ReportColumn("id", "Id", ColumnType.Text)], [])] };
        var (output, pdf) = await RenderAsync(result);
        using var _ = output;
        Assert.Contains(EmptyState.DefaultText, Poppler.Text(pdf));
    }

    [Fact]
    public async Task Sample_reports_render_a_first_page_picture()
    {
        // The README pictures come from the real plugins over the demo data (Plugins tests, SampleReportDocumentsTests).
        foreach (var result in new[] { SampleReports.PayerDrift(), SampleReports.TutorWeekly(), SampleReports.Student() })
        {
            var (output, pdf) = await RenderAsync(result);
            using var _ = output;
            Qpdf.AssertValid(pdf);
            var png = Poppler.FirstPagePng(pdf, Path.Combine(output.Folder, "first-page"));
            Assert.True(new FileInfo(png).Length > 10_000, $"{png} looks empty");
        }
    }
}
