using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Rendering;

/// <summary>Fonts, colours and spacing of the PDF layout, in one place so pages look consistent.</summary>
internal sealed class PdfTheme
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Title { get; } = Font(19, bold: true);
    public XFont Subtitle { get; } = Font(12.5, bold: false);
    public XFont Meta { get; } = Font(8.5, bold: false);
    public XFont Heading { get; } = Font(11.5, bold: true);
    public XFont Body { get; } = Font(9.5, bold: false);
    public XFont Cell { get; } = Font(8.5, bold: false);
    public XFont CellBold { get; } = Font(8.5, bold: true);
    public XFont KpiLabel { get; } = Font(7.5, bold: false);
    public XFont KpiValue { get; } = Font(15, bold: true);
    public XFont KpiDetail { get; } = Font(7, bold: false);
    public XFont Small { get; } = Font(7.5, bold: false);

    public static readonly XColor Ink = XColor.FromArgb(0x2c, 0x3e, 0x50);
    public static readonly XColor Muted = XColor.FromArgb(0x5d, 0x6d, 0x7e);
    public static readonly XColor Accent = XColor.FromArgb(0x1b, 0x4f, 0x72);
    public static readonly XColor Rule = XColor.FromArgb(0xd5, 0xd8, 0xdc);
    public static readonly XColor HeaderFill = XColor.FromArgb(0xe3, 0xea, 0xf0);
    public static readonly XColor Zebra = XColor.FromArgb(0xf6, 0xf8, 0xf9);
    public static readonly XColor TileFill = XColor.FromArgb(0xf4, 0xf6, 0xf7);
    public static readonly XColor Link = XColor.FromArgb(0x1f, 0x5f, 0xa8);

    public const double Margin = 40;
    public const double FooterHeight = 26;
    public const double HeaderHeight = 22;
    public const double CellPadX = 4;
    public const double CellPadY = 2.6;
    public const double BlockGap = 14;

    public static XColor ToneColor(KpiTone tone) => tone switch
    {
        KpiTone.Good => XColor.FromArgb(0x1e, 0x84, 0x49),
        KpiTone.Warning => XColor.FromArgb(0xb9, 0x77, 0x0e),
        KpiTone.Bad => XColor.FromArgb(0xb0, 0x3a, 0x2e),
        _ => Accent,
    };

    public static XColor Hex(string hex)
    {
        var value = Convert.ToInt32(hex.TrimStart('#'), 16);
        return XColor.FromArgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    private static XFont Font(double size, bool bold) =>
        new(DejaVuFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
