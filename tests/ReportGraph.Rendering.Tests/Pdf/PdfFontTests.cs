using ReportGraph.Rendering.Pdf;
using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Tests.Pdf;

/// <summary>Measuring text in the face that will draw it: DejaVu Sans, or a fallback for scripts it lacks.</summary>
public sealed class PdfFontTests
{
    private static readonly DejaVuFonts DejaVu = DejaVuFonts.Load("/usr/share/fonts/truetype/dejavu");
    private static readonly IReadOnlyList<TrueTypeFont> Fallbacks = FallbackFonts.Load(PdfRenderingOptions.DefaultFallbackFonts);

    [Fact]
    public void The_default_fallbacks_are_installed_for_chinese_japanese_and_korean()
    {
        Assert.Equal(["DroidSansFallback", "NanumGothic"], Fallbacks.Select(f => f.PostScriptName));
    }

    [Fact]
    public void Bold_text_uses_a_fallbacks_bold_sibling_where_the_family_ships_one()
    {
        var bold = FallbackFonts.LoadBold(PdfRenderingOptions.DefaultFallbackFonts);
        Assert.Same(Fallbacks[0], bold[0]); // Droid Sans Fallback has no bold: the regular face draws bold text
        Assert.NotSame(Fallbacks[1], bold[1]);
        Assert.Equal("NanumGothicBold", bold[1].PostScriptName);
        Assert.True(bold[1].WeightClass > Fallbacks[1].WeightClass, $"{bold[1].PostScriptName} weight {bold[1].WeightClass}");
    }

    [Fact]
    public void Mixed_text_is_measured_run_by_run_in_the_face_that_draws_it()
    {
        var font = new PdfFont(DejaVu.Regular, 10, Fallbacks);
        var droid = Fallbacks[0];
        var nanum = Fallbacks[1];

        Assert.Equal(DejaVu.Regular.MeasureWidth("Bruce Lee", 10), font.Measure("Bruce Lee"), 6);
        Assert.Equal(droid.MeasureWidth("李小龙", 10), font.Measure("李小龙"), 6);
        Assert.Equal(nanum.MeasureWidth("서울", 10), font.Measure("서울"), 6);
        Assert.Equal(DejaVu.Regular.MeasureWidth("Lee ", 10) + droid.MeasureWidth("李", 10) + nanum.MeasureWidth("서", 10),
            font.Measure("Lee 李서"), 6);

        var end = font.NextRun("Lee 李小龙!", 0, out var first);
        Assert.Equal((4, DejaVu.Regular), (end, first));
        Assert.Equal(7, font.NextRun("Lee 李小龙!", 4, out var second));
        Assert.Same(droid, second);
    }

    [Fact]
    public void Without_fallbacks_missing_characters_stay_in_the_main_face()
    {
        var font = new PdfFont(DejaVu.Regular, 10);
        Assert.Equal(DejaVu.Regular.MeasureWidth("李", 10), font.Measure("李"), 6);
        Assert.Equal(1, font.NextRun("李", 0, out var face));
        Assert.Same(DejaVu.Regular, face);
    }

    [Fact]
    public void A_fallback_that_is_not_installed_is_skipped_and_one_that_is_not_a_font_fails_naming_the_file()
    {
        Assert.Empty(FallbackFonts.Load(["/nonexistent/NotInstalled.ttf", ""]));

        var bogus = Path.Combine(Path.GetTempPath(), $"rg-bogus-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(bogus, "this is not a font");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => FallbackFonts.Load([bogus]));
            Assert.Contains(bogus, error.Message);
        }
        finally
        {
            File.Delete(bogus);
        }
    }
}
