namespace ReportGraph.Rendering.Pdf;

/// <summary>Paper sizes the PDF renderer supports.</summary>
public enum PdfPageSize
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,
    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}

/// <summary>PDF settings, bound from the configuration section <c>Rendering:Pdf</c>.</summary>
public sealed class PdfRenderingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Rendering:Pdf";

    /// <summary>Paper size; A4 by default.</summary>
    public PdfPageSize PageSize { get; set; } = PdfPageSize.A4;

    /// <summary>Folder holding the DejaVu TrueType fonts (Debian package fonts-dejavu-core).</summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";

    /// <summary>
    /// TrueType files (glyf outlines; not CFF-based .otf) tried in order for characters DejaVu Sans lacks; files that
    /// are not installed are skipped. Unset: <see cref="DefaultFallbackFonts"/>. Null rather than the defaults
    /// themselves, because the configuration binder appends to an array it finds filled instead of replacing it.
    /// </summary>
    public string[]? FallbackFonts { get; set; }

    /// <summary>Droid Sans Fallback (Chinese, Japanese; Debian fonts-droid-fallback) and NanumGothic (Korean; fonts-nanum).</summary>
    public static IReadOnlyList<string> DefaultFallbackFonts { get; } =
    [
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    ];

    /// <summary>The fallback files in effect: the configured ones, else the defaults.</summary>
    public IReadOnlyList<string> FallbackFontFiles => FallbackFonts ?? DefaultFallbackFonts;
}
