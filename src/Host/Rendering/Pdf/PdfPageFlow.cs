using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace ReportGraph.Host.Rendering;

/// <summary>
/// Flows content down pages: keeps the current page and its <see cref="XGraphics"/>, starts a new page
/// (with the running header) when a block does not fit, and draws the "Page X of Y" footers at the end,
/// when Y is known, by appending to every page's content.
/// </summary>
internal sealed class PdfPageFlow : IDisposable
{
    private readonly PdfDocument _document;
    private readonly PdfTheme _theme;
    private readonly string _header;
    private XGraphics? _gfx;

    public PdfPageFlow(PdfDocument document, PdfTheme theme, double pageWidth, double pageHeight, string header)
    {
        _document = document;
        _theme = theme;
        PageWidth = pageWidth;
        PageHeight = pageHeight;
        _header = header;
    }

    public double PageWidth { get; }
    public double PageHeight { get; }
    public double Left => PdfTheme.Margin;
    public double Right => PageWidth - PdfTheme.Margin;
    public double ContentWidth => Right - Left;
    public double Bottom => PageHeight - PdfTheme.Margin - PdfTheme.FooterHeight + 10;
    public double Top => PdfTheme.Margin + (_document.PageCount > 1 ? PdfTheme.HeaderHeight : 0);

    /// <summary>The y coordinate where the next content starts.</summary>
    public double Y { get; set; }

    public PdfPage Page { get; private set; } = null!;

    public XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page has been started.");

    /// <summary>Space left on the current page.</summary>
    public double Remaining => Bottom - Y;

    public void NewPage()
    {
        FinishPage();
        Page = _document.AddPage();
        Page.Width = XUnitPt.FromPoint(PageWidth);
        Page.Height = XUnitPt.FromPoint(PageHeight);
        _gfx = XGraphics.FromPdfPage(Page);
        Y = Top;
        if (_document.PageCount > 1)
        {
            var baseline = PdfTheme.Margin + 8;
            _gfx.DrawString(PdfTextWrapper.Truncate(_gfx, _header, _theme.Small, ContentWidth), _theme.Small, new XSolidBrush(PdfTheme.Muted), Left, baseline, XStringFormats.BaseLineLeft);
            _gfx.DrawLine(new XPen(PdfTheme.Rule, 0.6), Left, baseline + 5, Right, baseline + 5);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor.</summary>
    /// <returns>True when a new page was started.</returns>
    public bool EnsureSpace(double height)
    {
        if (_gfx is not null && Y + height <= Bottom)
        {
            return false;
        }
        NewPage();
        return true;
    }

    /// <summary>Adds a clickable link over a rectangle given in top-left page coordinates.</summary>
    public void AddLink(double x, double y, double width, double height, string url) =>
        Page.AddWebLink(new PdfRectangle(new XRect(x, PageHeight - (y + height), width, height)), url);

    /// <summary>Draws the footer on every page, now that the page count is known.</summary>
    public void DrawFooters(string footerText, CancellationToken ct)
    {
        FinishPage();
        var total = _document.PageCount;
        var brush = new XSolidBrush(PdfTheme.Muted);
        var pen = new XPen(PdfTheme.Rule, 0.6);
        var baseline = PageHeight - PdfTheme.Margin + 2;
        for (var i = 0; i < total; i++)
        {
            ct.ThrowIfCancellationRequested();
            var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            gfx.DrawLine(pen, Left, baseline - 11, Right, baseline - 11);
            var pageText = $"Page {i + 1} of {total}";
            var pageWidth = gfx.MeasureString(pageText, _theme.Small).Width;
            gfx.DrawString(PdfTextWrapper.Truncate(gfx, footerText, _theme.Small, ContentWidth - pageWidth - 20), _theme.Small, brush, Left, baseline, XStringFormats.BaseLineLeft);
            gfx.DrawString(pageText, _theme.Small, brush, Right, baseline, XStringFormats.BaseLineRight);
            gfx.Dispose();
            Compress(_document.Pages[i]);
        }
    }

    /// <summary>
    /// Ends drawing on the current page and deflates its content now rather than at save time, so a long
    /// document holds compressed pages (about a fifth of the size) while the rest is laid out.
    /// </summary>
    private void FinishPage()
    {
        if (_gfx is null)
        {
            return;
        }
        _gfx.Dispose();
        _gfx = null;
        Compress(Page);
    }

    private static void Compress(PdfPage page)
    {
        for (var i = 0; i < page.Contents.Elements.Count; i++)
        {
            if (page.Contents.Elements.GetDictionary(i) is PdfContent content && content.Elements["/Filter"] is null)
            {
                content.Compressed = true;
            }
        }
    }

    public void Dispose() => FinishPage();
}
