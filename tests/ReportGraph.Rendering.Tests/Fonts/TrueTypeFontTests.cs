using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Tests.Fonts;

public class TrueTypeFontTests
{
    private static readonly TrueTypeFont Sans = TrueTypeFont.Load(Path.Combine(SfntFile.FontDirectory, "DejaVuSans.ttf"));

    [Fact]
    public void DejaVu_Sans_metrics_come_from_head_hhea_post_and_name()
    {
        Assert.Equal(2048, Sans.UnitsPerEm);
        Assert.Equal("DejaVuSans", Sans.PostScriptName);
        Assert.Equal("DejaVu Sans", Sans.FamilyName);
        Assert.InRange(Sans.Ascender, 1500, 2200);
        Assert.InRange(Sans.Descender, -700, -300);
        Assert.InRange(Sans.LineGap, 0, 500);
        Assert.InRange(Sans.CapHeight, 1000, Sans.Ascender);
        Assert.True(Sans.BoundingBox.XMin < 0 && Sans.BoundingBox.XMax > Sans.UnitsPerEm);
        Assert.True(Sans.BoundingBox.YMin < Sans.Descender && Sans.BoundingBox.YMax > Sans.Ascender);
        Assert.Equal(0, Sans.ItalicAngle);
        Assert.False(Sans.IsFixedPitch);
        Assert.Equal(400, Sans.WeightClass);
        Assert.Equal(SfntFile.Open("DejaVuSans.ttf").GlyphCount, Sans.GlyphCount);
    }

    [Fact]
    public void Bold_oblique_and_mono_faces_report_their_weight_slant_and_pitch()
    {
        var bold = TrueTypeFont.Load(Path.Combine(SfntFile.FontDirectory, "DejaVuSans-Bold.ttf"));
        Assert.Equal("DejaVuSans-Bold", bold.PostScriptName);
        Assert.Equal("DejaVu Sans", bold.FamilyName);
        Assert.Equal(700, bold.WeightClass);
        Assert.True(bold.MeasureWidth("Report", 10) > Sans.MeasureWidth("Report", 10));

        var oblique = TrueTypeFont.Load(Path.Combine(SfntFile.FontDirectory, "DejaVuSans-Oblique.ttf"));
        Assert.InRange(oblique.ItalicAngle, -20, -5);

        var mono = TrueTypeFont.Load(Path.Combine(SfntFile.FontDirectory, "DejaVuSansMono.ttf"));
        Assert.True(mono.IsFixedPitch);
        Assert.Equal(mono.MeasureWidth("iii", 10), mono.MeasureWidth("WWW", 10));
    }

    [Theory]
    [InlineData('A')]
    [InlineData('z')]
    [InlineData('0')]
    [InlineData('é')]
    [InlineData('ß')]
    [InlineData('Ω')] // Greek
    [InlineData('λ')]
    [InlineData('Ж')] // Cyrillic
    [InlineData('я')]
    [InlineData('€')]
    [InlineData('…')]
    public void Latin_Greek_and_Cyrillic_letters_have_glyphs(char letter)
    {
        var glyph = Sans.GlyphId(letter);
        Assert.NotEqual(0, glyph);
        Assert.True(Sans.AdvanceWidth(glyph) > 0);
    }

    [Fact]
    public void Different_letters_map_to_different_glyphs()
    {
        var glyphs = "AaBbΩωЖж".Select(c => Sans.GlyphId(c)).ToList();
        Assert.Equal(glyphs.Count, glyphs.Distinct().Count());
    }

    [Theory]
    [InlineData(0xE000)]    // private use
    [InlineData(0x10FFFF)]  // last code point, unassigned
    [InlineData(0x110000)]  // past Unicode
    [InlineData(-1)]
    public void Code_points_the_font_lacks_map_to_notdef(int codePoint)
    {
        Assert.Equal(0, Sans.GlyphId(codePoint));
    }

    [Fact]
    public void Supplementary_plane_characters_are_looked_up_through_the_format_12_subtable()
    {
        // U+1D538 MATHEMATICAL DOUBLE-STRUCK CAPITAL A, which DejaVu Sans covers outside the BMP.
        var glyph = Sans.GlyphId(0x1D538);
        Assert.NotEqual(0, glyph);
        Assert.NotEqual(Sans.GlyphId('A'), glyph);

        var text = char.ConvertFromUtf32(0x1D538);
        Assert.Equal(2, text.Length);
        Assert.Equal(Sans.AdvanceWidth(glyph) * 10.0 / Sans.UnitsPerEm, Sans.MeasureWidth(text, 10), 9);
    }

    [Fact]
    public void A_lone_surrogate_measures_as_the_replacement_character()
    {
        var replacement = Sans.AdvanceWidth(Sans.GlyphId(0xFFFD));
        Assert.Equal(replacement * 12.0 / Sans.UnitsPerEm, Sans.MeasureWidth("\uD835", 12), 9);
        Assert.Equal(2 * replacement * 12.0 / Sans.UnitsPerEm, Sans.MeasureWidth("\uDC00\uD835", 12), 9);
    }

    [Fact]
    public void Narrow_letters_measure_narrower_than_wide_ones()
    {
        Assert.True(Sans.MeasureWidth("iii", 10) < Sans.MeasureWidth("WWW", 10));
        Assert.Equal(0, Sans.MeasureWidth("", 10));
    }

    [Fact]
    public void Width_scales_linearly_with_the_size()
    {
        const string text = "Total hours: 1.234,50 €";
        var at10 = Sans.MeasureWidth(text, 10);
        Assert.Equal(at10 * 2, Sans.MeasureWidth(text, 20), 9);
        Assert.Equal(at10 * 0.75, Sans.MeasureWidth(text, 7.5), 9);
    }

    [Fact]
    public void Width_is_the_sum_of_the_glyph_advances()
    {
        const string text = "Äpfel, Ωμέγα, Жук";
        var units = text.EnumerateRunes().Sum(r => Sans.AdvanceWidth(Sans.GlyphId(r.Value)));
        Assert.Equal(units * 9.0 / 2048, Sans.MeasureWidth(text, 9), 9);
    }

    [Fact]
    public void Glyphs_past_numberOfHMetrics_share_the_last_advance()
    {
        var file = SfntFile.Open("DejaVuSans.ttf");
        Assert.True(file.NumberOfHMetrics < file.GlyphCount, "DejaVu Sans has a monospaced tail of metrics");
        var last = file.U16(file.Table("hmtx").Offset + ((file.NumberOfHMetrics - 1) * 4));
        for (var g = file.NumberOfHMetrics - 1; g < file.GlyphCount; g++)
        {
            Assert.Equal(last, Sans.AdvanceWidth((ushort)g));
        }
        Assert.Equal(file.U16(file.Table("hmtx").Offset + (Sans.GlyphId('W') * 4)), Sans.AdvanceWidth(Sans.GlyphId('W')));
    }

    [Fact]
    public void Advance_of_a_glyph_id_outside_the_font_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sans.AdvanceWidth((ushort)Sans.GlyphCount));
    }

    [Fact]
    public void Lookups_and_measuring_do_not_allocate()
    {
        const string cell = "Nguyễn Thị Minh Khai — 1.234,50 € — Ωμέγα Жук 𝔸";
        double total = 0;
        for (var i = 0; i < 100; i++)
        {
            total += Sans.MeasureWidth(cell, 9) + Sans.GlyphId(cell[i % cell.Length]) + Sans.AdvanceWidth(3);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            total += Sans.MeasureWidth(cell, 9) + Sans.GlyphId(cell[i % cell.Length]) + Sans.AdvanceWidth(3);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }
}
