using ReportGraph.Abstractions;
using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Pdf;

/// <summary>Fonts, colours and spacing of the PDF layout, in one place so pages look consistent.</summary>
internal sealed class PdfTheme
{
    public PdfTheme(DejaVuFonts fonts, IReadOnlyList<TrueTypeFont> fallbacks, IReadOnlyList<TrueTypeFont> boldFallbacks)
    {
        Regular = fonts.Regular;
        BoldFace = fonts.Bold;
        Fallbacks = fallbacks;
        BoldFallbacks = boldFallbacks;
        Title = new(fonts.Bold, 19, boldFallbacks);
        Subtitle = new(fonts.Regular, 12.5, fallbacks);
        Meta = new(fonts.Regular, 8.5, fallbacks);
        Heading = new(fonts.Bold, 11.5, boldFallbacks);
        Body = new(fonts.Regular, 9.5, fallbacks);
        Cell = new(fonts.Regular, 8.5, fallbacks);
        CellBold = new(fonts.Bold, 8.5, boldFallbacks);
        KpiLabel = new(fonts.Regular, 7.5, fallbacks);
        KpiValue = new(fonts.Bold, 15, boldFallbacks);
        KpiDetail = new(fonts.Regular, 7, fallbacks);
        Small = new(fonts.Regular, 7.5, fallbacks);
    }

    /// <summary>Faces for characters DejaVu Sans lacks (see <see cref="FallbackFonts"/>).</summary>
    public IReadOnlyList<TrueTypeFont> Fallbacks { get; }

    /// <summary>The same for bold text: bold siblings where installed.</summary>
    public IReadOnlyList<TrueTypeFont> BoldFallbacks { get; }

    /// <summary>The regular face, for text at sizes the theme does not name (chart labels).</summary>
    public TrueTypeFont Regular { get; }

    /// <summary>The bold face.</summary>
    public TrueTypeFont BoldFace { get; }

    public PdfFont Title { get; }
    public PdfFont Subtitle { get; }
    public PdfFont Meta { get; }
    public PdfFont Heading { get; }
    public PdfFont Body { get; }
    public PdfFont Cell { get; }
    public PdfFont CellBold { get; }
    public PdfFont KpiLabel { get; }
    public PdfFont KpiValue { get; }
    public PdfFont KpiDetail { get; }
    public PdfFont Small { get; }

    public static readonly PdfColor Ink = new(0x2c, 0x3e, 0x50);
    public static readonly PdfColor Muted = new(0x5d, 0x6d, 0x7e);
    public static readonly PdfColor Accent = new(0x1b, 0x4f, 0x72);
    public static readonly PdfColor Rule = new(0xd5, 0xd8, 0xdc);
    public static readonly PdfColor HeaderFill = new(0xe3, 0xea, 0xf0);
    public static readonly PdfColor Zebra = new(0xf6, 0xf8, 0xf9);
    public static readonly PdfColor TileFill = new(0xf4, 0xf6, 0xf7);
    public static readonly PdfColor Link = new(0x1f, 0x5f, 0xa8);

    public const double Margin = 40;
    public const double FooterHeight = 26;
    public const double HeaderHeight = 22;
    public const double CellPadX = 4;
    public const double CellPadY = 2.6;
    public const double BlockGap = 14;

    public static PdfColor ToneColor(KpiTone tone) => tone switch
    {
        KpiTone.Good => new(0x1e, 0x84, 0x49),
        KpiTone.Warning => new(0xb9, 0x77, 0x0e),
        KpiTone.Bad => new(0xb0, 0x3a, 0x2e),
        _ => Accent,
    };
}
