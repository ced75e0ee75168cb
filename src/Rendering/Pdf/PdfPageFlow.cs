using ReportGraph.Rendering.Pdf.Writing;

namespace ReportGraph.Rendering.Pdf;

/// <summary>
/// Flows content down pages: keeps the cursor on the current page, starts a new page (with the running header)
/// when a block does not fit, and draws the "Page X of Y" footers at the end, when Y is known, into each
/// page's overlay. A finished page is written out at once, so pages never pile up in memory.
/// </summary>
internal sealed class PdfPageFlow
{
    private readonly PdfDocumentWriter _document;
    private readonly PdfTheme _theme;
    private readonly string _header;
    private PdfCanvas? _canvas;

    public PdfPageFlow(PdfDocumentWriter document, PdfTheme theme, double pageWidth, double pageHeight, string header)
    {
        _document = document;
        _theme = theme;
        PageWidth = pageWidth;
        PageHeight = pageHeight;
        _header = header;
    }

    public double PageWidth { get; }
    public double PageHeight { get; }
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Page geometry reads as one set (Left/Right/Top/Bottom of this flow).")]
    public double Left => PdfTheme.Margin;
    public double Right => PageWidth - PdfTheme.Margin;
    public double ContentWidth => Right - Left;
    public double Bottom => PageHeight - PdfTheme.Margin - PdfTheme.FooterHeight + 10;
    public double Top => PdfTheme.Margin + (_document.PageCount > 1 ? PdfTheme.HeaderHeight : 0);

    /// <summary>The y coordinate where the next content starts.</summary>
    public double Y { get; set; }

    /// <summary>The canvas of the current page.</summary>
    public PdfCanvas Canvas => _canvas ?? throw new InvalidOperationException("No page has been started.");

    /// <summary>Space left on the current page.</summary>
    public double Remaining => Bottom - Y;

    public void NewPage()
    {
        _canvas = _document.BeginPage(PageWidth, PageHeight);
        Y = Top;
        if (_document.PageCount > 1)
        {
            var baseline = PdfTheme.Margin + 8;
            _canvas.DrawText(PdfTextWrapper.Truncate(_header, _theme.Small, ContentWidth), _theme.Small, PdfTheme.Muted, Left, baseline);
            _canvas.StrokeLine(PdfTheme.Rule, 0.6, Left, baseline + 5, Right, baseline + 5);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor.</summary>
    /// <returns>True when a new page was started.</returns>
    public bool EnsureSpace(double height)
    {
        if (_canvas is not null && Y + height <= Bottom)
        {
            return false;
        }
        NewPage();
        return true;
    }

    /// <summary>Adds a clickable link over a rectangle given in top-left page coordinates.</summary>
    public void AddLink(double x, double y, double width, double height, string url) => _document.AddLink(x, y, width, height, url);

    /// <summary>Adds a bookmark pointing at the cursor.</summary>
    public void AddOutline(string title) => _document.AddOutline(title, Y);

    /// <summary>Writes finished pages to the output.</summary>
    public Task FlushAsync(CancellationToken ct) => _document.FlushAsync(ct);

    /// <summary>Ends the document, drawing the footer of every page now that the page count is known.</summary>
    public Task FinishAsync(string footerText, CancellationToken ct) => _document.FinishAsync((canvas, page, total) =>
    {
        var baseline = PageHeight - PdfTheme.Margin + 2;
        canvas.StrokeLine(PdfTheme.Rule, 0.6, Left, baseline - 11, Right, baseline - 11);
        var pageText = $"Page {page} of {total}";
        var pageWidth = _theme.Small.Measure(pageText);
        canvas.DrawText(PdfTextWrapper.Truncate(footerText, _theme.Small, ContentWidth - pageWidth - 20), _theme.Small, PdfTheme.Muted, Left, baseline);
        canvas.DrawText(pageText, _theme.Small, PdfTheme.Muted, Right, baseline, PdfTextAlign.Right);
    }, ct);
}
