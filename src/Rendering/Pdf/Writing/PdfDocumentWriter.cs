using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Pdf.Writing;

/// <summary>Document information shown by viewers (ISO 32000-1 §14.3.3).</summary>
internal sealed record PdfDocumentInfo(string Title, string Subject, string? Author, DateTimeOffset CreatedAt);

/// <summary>
/// A PDF document written page by page: each page's content, links and dictionary go to the output when the
/// page ends, so a document of any length is produced in the memory of one page. What cannot be known until
/// the end — the page count in "Page X of Y", the font subsets, the page tree — is written last: every page
/// paints a form XObject of its own (its overlay) whose content is drawn by <see cref="FinishAsync"/>.
/// </summary>
/// <remarks>
/// PDFsharp, used for this before, keeps every page object until the document is saved (about 6 KB a page),
/// which grows with the rows of a long table. What this writer keeps per page is its object numbers and
/// size (a few dozen bytes), which the cross-reference table and page tree need anyway.
/// </remarks>
internal sealed class PdfDocumentWriter
{
    private const string OverlayName = "PageOverlay";

    private readonly PdfFileWriter _file;
    private readonly PdfDocumentInfo _info;
    private readonly int _pageTree;
    private readonly List<PageRecord> _pages = [];
    private readonly Dictionary<TrueTypeFont, PdfEmbeddedFont> _fonts = [];
    private readonly List<(string Title, int Page, double Top)> _outlines = [];
    private readonly List<(double X, double Y, double Width, double Height, string Uri)> _links = [];
    private PdfCanvas? _canvas;
    private bool _pageOpen;
    private bool _finished;

    public PdfDocumentWriter(Stream output, PdfDocumentInfo info)
    {
        _file = new PdfFileWriter(output);
        _info = info;
        _pageTree = _file.Reserve();
    }

    /// <summary>Pages begun so far.</summary>
    public int PageCount => _pages.Count;

    /// <summary>Bytes produced so far.</summary>
    public long Length => _file.Position;

    /// <summary>Ends the current page, if any, and starts a new one of the given size in points.</summary>
    public PdfCanvas BeginPage(double width, double height)
    {
        EnsureNotFinished();
        EndPage();
        _pages.Add(new PageRecord(_file.Reserve(), _file.Reserve(), width, height));
        if (_canvas is null || _canvas.Width != width || _canvas.Height != height)
        {
            _canvas = new PdfCanvas(this, width, height);
        }
        else
        {
            _canvas.Clear();
        }
        _pageOpen = true;
        return _canvas;
    }

    /// <summary>Makes a rectangle of the current page (top-left coordinates) open <paramref name="uri"/>.</summary>
    public void AddLink(double x, double y, double width, double height, string uri)
    {
        EnsurePageOpen();
        _links.Add((x, y, width, height, uri));
    }

    /// <summary>Adds a bookmark to the current page at <paramref name="y"/> (top-left coordinates).</summary>
    public void AddOutline(string title, double y)
    {
        EnsurePageOpen();
        var page = _pages[^1];
        _outlines.Add((title, page.PageObject, page.Height - y));
    }

    /// <summary>Writes the current page: its content stream and its dictionary with links and resources.</summary>
    public void EndPage()
    {
        if (!_pageOpen)
        {
            return;
        }
        _pageOpen = false;
        var page = _pages[^1];
        var canvas = _canvas!;
        canvas.DrawForm(OverlayName);
        var content = _file.Reserve();
        _file.WriteStream(content, canvas.Content);

        var w = _file.BeginObject(page.PageObject).Raw("<< /Type /Page /Parent ").Reference(_pageTree)
            .Raw("/MediaBox [0 0 ").Number(page.Width).Number(page.Height).Raw("] /Contents ").Reference(content)
            .Raw("/Resources << ");
        WriteFontResources(w);
        w.Raw("/XObject << ").Name(OverlayName).Reference(page.OverlayObject).Raw(">> >> ");
        if (_links.Count > 0)
        {
            w.Raw("/Annots [");
            foreach (var (x, y, width, height, uri) in _links)
            {
                w.Raw("<< /Type /Annot /Subtype /Link /Rect [").Number(x).Number(page.Height - y - height).Number(x + width).Number(page.Height - y)
                    .Raw("] /Border [0 0 0] /A << /Type /Action /S /URI /URI ").Literal(uri).Raw(">> >> ");
            }
            w.Raw("] ");
            _links.Clear();
        }
        w.Raw(">>");
        _file.EndObject();
    }

    /// <summary>Hands finished pages to the output stream; call between pages so little is buffered.</summary>
    public Task FlushAsync(CancellationToken ct) => _file.FlushAsync(ct);

    /// <summary>
    /// Ends the last page, draws every page's overlay now that the page count is known
    /// (<paramref name="drawOverlay"/> gets the canvas, the page number from 1 and the page count), and writes
    /// fonts, bookmarks, page tree, information dictionary and cross-reference table.
    /// </summary>
    public async Task FinishAsync(Action<PdfCanvas, int, int>? drawOverlay, CancellationToken ct)
    {
        EnsureNotFinished();
        EndPage();
        if (_pages.Count == 0)
        {
            throw new InvalidOperationException("A PDF document needs at least one page.");
        }
        _finished = true;

        PdfCanvas? overlay = null;
        for (var i = 0; i < _pages.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var page = _pages[i];
            if (overlay is null || overlay.Width != page.Width || overlay.Height != page.Height)
            {
                overlay = new PdfCanvas(this, page.Width, page.Height);
            }
            else
            {
                overlay.Clear();
            }
            drawOverlay?.Invoke(overlay, i + 1, _pages.Count);
            _file.WriteStream(page.OverlayObject, overlay.Content, d =>
            {
                d.Raw("/Type /XObject /Subtype /Form /BBox [0 0 ").Number(page.Width).Number(page.Height).Raw("] /Resources << ");
                WriteFontResources(d);
                d.Raw(">> ");
            });
            await _file.FlushAsync(ct).ConfigureAwait(false);
        }

        foreach (var font in _fonts.Values)
        {
            font.Write(_file);
            await _file.FlushAsync(ct).ConfigureAwait(false);
        }

        var w = _file.BeginObject(_pageTree).Raw("<< /Type /Pages /Count ").Int(_pages.Count).Raw("/Kids [");
        foreach (var page in _pages)
        {
            w.Reference(page.PageObject);
        }
        w.Raw("] >>");
        _file.EndObject();

        var outlines = WriteOutlines();
        var catalog = _file.Reserve();
        w = _file.BeginObject(catalog).Raw("<< /Type /Catalog /Pages ").Reference(_pageTree).Raw("/PageLayout /SinglePage ");
        if (outlines is { } root)
        {
            w.Raw("/Outlines ").Reference(root);
        }
        w.Raw(">>");
        _file.EndObject();

        var info = _file.Reserve();
        w = _file.BeginObject(info).Raw("<< /Title ").Text(_info.Title).Raw("/Subject ").Text(_info.Subject);
        if (!string.IsNullOrEmpty(_info.Author))
        {
            w.Raw("/Author ").Text(_info.Author);
        }
        w.Raw("/Creator (ReportGraph) /Producer (ReportGraph PDF writer) /CreationDate ").Date(_info.CreatedAt).Raw(">>");
        _file.EndObject();

        await _file.FinishAsync(catalog, info, $"{_info.Title}|{_info.Subject}|{_info.CreatedAt:O}|{_pages.Count}", ct).ConfigureAwait(false);
    }

    /// <summary>The embedding of <paramref name="face"/> in this document, created when the face is first drawn.</summary>
    internal PdfEmbeddedFont Embed(TrueTypeFont face)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            font = new PdfEmbeddedFont(face, "F" + (_fonts.Count + 1), _file.Reserve());
            _fonts[face] = font;
        }
        return font;
    }

    private void WriteFontResources(PdfSyntaxWriter w)
    {
        w.Raw("/Font << ");
        foreach (var font in _fonts.Values)
        {
            w.Name(font.ResourceName).Reference(font.ObjectNumber);
        }
        w.Raw(">> ");
    }

    private int? WriteOutlines()
    {
        if (_outlines.Count == 0)
        {
            return null;
        }
        var root = _file.Reserve();
        var items = _outlines.Select(_ => _file.Reserve()).ToList();
        _file.BeginObject(root).Raw("<< /Type /Outlines /First ").Reference(items[0]).Raw("/Last ").Reference(items[^1])
            .Raw("/Count ").Int(items.Count).Raw(">>");
        _file.EndObject();
        for (var i = 0; i < items.Count; i++)
        {
            var (title, page, top) = _outlines[i];
            var w = _file.BeginObject(items[i]).Raw("<< /Title ").Text(title).Raw("/Parent ").Reference(root);
            if (i > 0) w.Raw("/Prev ").Reference(items[i - 1]);
            if (i < items.Count - 1) w.Raw("/Next ").Reference(items[i + 1]);
            w.Raw("/Dest [").Reference(page).Raw("/XYZ 0 ").Number(top).Raw("0] >>");
            _file.EndObject();
        }
        return root;
    }

    private void EnsurePageOpen()
    {
        if (!_pageOpen)
        {
            throw new InvalidOperationException("No page has been started.");
        }
    }

    private void EnsureNotFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The document has been finished.");
        }
    }

    private readonly record struct PageRecord(int PageObject, int OverlayObject, double Width, double Height);
}
