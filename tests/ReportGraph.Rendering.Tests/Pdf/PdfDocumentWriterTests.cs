using System.Text;
using ReportGraph.Rendering.Pdf;
using ReportGraph.Rendering.Pdf.Writing;
using ReportGraph.Rendering.Tests.Support;

namespace ReportGraph.Rendering.Tests.Pdf;

/// <summary>
/// The streaming PDF writer on its own, judged by two independent readers: poppler (text, info, fonts) and
/// qpdf (cross-references, object syntax, stream encoding, document structure).
/// </summary>
public sealed class PdfDocumentWriterTests : IDisposable
{
    private static readonly DejaVuFonts Fonts = DejaVuFonts.Load("/usr/share/fonts/truetype/dejavu");
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-pdfwriter-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static PdfDocumentInfo Info(string title = "Writer test") =>
        new(title, "Subject line", "Ada Admin", new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero));

    private async Task<string> WriteAsync(PdfDocumentInfo info, Func<PdfDocumentWriter, Task> body)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".pdf");
        await using var stream = File.Create(path);
        var writer = new PdfDocumentWriter(stream, info);
        await body(writer);
        return path;
    }

    [Fact]
    public async Task Pages_overlays_links_and_bookmarks_make_a_valid_document()
    {
        var font = new PdfFont(Fonts.Regular, 11);
        var pdf = await WriteAsync(Info(), async writer =>
        {
            for (var page = 1; page <= 3; page++)
            {
                var canvas = writer.BeginPage(595.28, 841.89);
                canvas.DrawText($"Body of page {page}", font, new PdfColor(0, 0, 0), 40, 80);
                canvas.FillRoundedRectangle(new PdfColor(200, 200, 200), 40, 100, 200, 50, 6);
                canvas.FillEllipse(new PdfColor(10, 20, 30), 300, 100, 20, 20);
                canvas.StrokePolyline(new PdfColor(200, 0, 0), 1.5, [(40, 200), (100, 180), (160, 220)], [3, 2]);
                writer.AddLink(40, 300, 120, 14, $"https://example.org/page/{page}");
                writer.AddOutline($"Section {page}", 80);
                await writer.FlushAsync(CancellationToken.None);
            }
            await writer.FinishAsync((canvas, page, total) =>
                canvas.DrawText($"Page {page} of {total}", font, new PdfColor(90, 90, 90), 555, 820, PdfTextAlign.Right), CancellationToken.None);
        });

        Qpdf.AssertValid(pdf);
        Assert.Equal(3, Poppler.PageCount(pdf));
        for (var page = 1; page <= 3; page++)
        {
            var text = Poppler.Text(pdf, page);
            Assert.Contains($"Body of page {page}", text);
            Assert.Contains($"Page {page} of 3", text);
        }

        using var json = Qpdf.Json(pdf, "outlines", "pages");
        var outlines = json.RootElement.GetProperty("outlines").EnumerateArray().ToList();
        Assert.Equal(["Section 1", "Section 2", "Section 3"], outlines.Select(o => o.GetProperty("title").GetString()));
        Assert.Equal([1, 2, 3], outlines.Select(o => o.GetProperty("destpageposfrom1").GetInt32()));

        var raw = File.ReadAllText(pdf, Encoding.Latin1);
        Assert.Contains("/URI (https://example.org/page/2)", raw);
        Assert.Equal(3, raw.Split("/Subtype /Link").Length - 1);
    }

    [Fact]
    public async Task Information_in_any_script_survives_and_fonts_are_embedded_subsets_with_unicode_maps()
    {
        var pdf = await WriteAsync(Info("Überblick – Привет ✓"), async writer =>
        {
            var canvas = writer.BeginPage(612, 792);
            canvas.DrawText("Zoë Łukasiewicz Ελληνικά", new PdfFont(Fonts.Regular, 10), new PdfColor(0, 0, 0), 40, 60);
            canvas.DrawText("Bold (parentheses) \\ backslash", new PdfFont(Fonts.Bold, 10), new PdfColor(0, 0, 0), 300, 700, rotateDegrees: -90);
            await writer.FinishAsync(null, CancellationToken.None);
        });

        Qpdf.AssertValid(pdf);
        var info = Poppler.Info(pdf);
        Assert.Equal("Überblick – Привет ✓", info["Title"]);
        Assert.Equal("Ada Admin", info["Author"]);
        Assert.StartsWith("612 x 792", info["Page size"]);
        var text = Poppler.Text(pdf);
        Assert.Contains("Zoë Łukasiewicz Ελληνικά", text);
        Assert.Contains("Bold (parentheses) \\ backslash", text.Replace("\n", ""));
        var fonts = Poppler.Fonts(pdf);
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+DejaVuSans(-Bold)?\s+CID TrueType\s+Identity-H\s+yes yes yes", f));
        // Subsets: a page of text embeds a few kilobytes, not the 700 KB faces.
        Assert.True(new FileInfo(pdf).Length < 40_000, $"{new FileInfo(pdf).Length} bytes");
    }

    [Fact]
    public async Task Finished_pages_reach_the_output_before_the_document_ends()
    {
        var font = new PdfFont(Fonts.Regular, 9);
        var observed = new List<long>();
        var pdf = await WriteAsync(Info(), async writer =>
        {
            for (var page = 1; page <= 50; page++)
            {
                var canvas = writer.BeginPage(595.28, 841.89);
                for (var line = 0; line < 60; line++)
                {
                    canvas.DrawText($"Page {page} line {line} with some text to fill it", font, new PdfColor(0, 0, 0), 40, 40 + line * 12);
                }
                await writer.FlushAsync(CancellationToken.None);
                observed.Add(new FileInfo(Path.Combine(_folder, Directory.GetFiles(_folder).Single())).Length);
            }
            await writer.FinishAsync(null, CancellationToken.None);
        });

        Qpdf.AssertValid(pdf);
        Assert.Equal(50, Poppler.PageCount(pdf));
        // Each flush after page n has written pages 1..n-1 (page n ends when page n+1 begins): the file grows
        // page by page instead of appearing at the end.
        Assert.True(observed[10] > 0 && observed[49] > observed[25] && observed[25] > observed[10], string.Join(", ", observed));
        Assert.True(observed[49] > new FileInfo(pdf).Length / 2, "most of the document was written before it was finished");
    }

    [Fact]
    public async Task Misuse_fails_with_a_clear_message()
    {
        await using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, Info());
        Assert.Equal("No page has been started.", Assert.Throws<InvalidOperationException>(() => writer.AddLink(0, 0, 1, 1, "https://x")).Message);
        Assert.Equal("A PDF document needs at least one page.", (await Assert.ThrowsAsync<InvalidOperationException>(() => writer.FinishAsync(null, CancellationToken.None))).Message);

        var done = new PdfDocumentWriter(new MemoryStream(), Info());
        var canvas = done.BeginPage(100, 100);
        Assert.Throws<ArgumentOutOfRangeException>(() => canvas.FillRectangle(new PdfColor(0, 0, 0), double.NaN, 0, 1, 1));
        await done.FinishAsync(null, CancellationToken.None);
        Assert.Equal("The document has been finished.", Assert.Throws<InvalidOperationException>(() => done.BeginPage(100, 100)).Message);
    }

    [Fact]
    public async Task Cancellation_stops_writing_the_overlays()
    {
        await using var stream = new MemoryStream();
        var writer = new PdfDocumentWriter(stream, Info());
        writer.BeginPage(100, 100);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.FinishAsync(null, cancelled.Token));
    }
}
