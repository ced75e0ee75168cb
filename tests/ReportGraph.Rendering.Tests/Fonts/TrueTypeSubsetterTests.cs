using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Tests.Fonts;

public class TrueTypeSubsetterTests
{
    // 60 distinct characters, typical of a report page: Latin, digits, punctuation, accented, Greek and Cyrillic.
    private const string PageText = "ABCDEFGHIJKLMNOPRSTUWabcdefghiklmnoprstuvwyz0123456789 .,:-€äöüÅéΩЖж";

    private static readonly SfntFile Original = SfntFile.Open("DejaVuSans.ttf");
    private static readonly TrueTypeFont Sans = TrueTypeFont.Load(Original.Data);

    private static List<ushort> PageGlyphs() => PageText.Select(c => Sans.GlyphId(c)).Distinct().ToList();

    [Fact]
    public void A_page_worth_of_glyphs_is_under_a_tenth_of_the_font()
    {
        var glyphs = PageGlyphs();
        Assert.InRange(glyphs.Count, 55, 70);
        Assert.DoesNotContain((ushort)0, glyphs);
        var subset = Sans.Subset(glyphs);
        Assert.True(subset.Length < Original.Data.Length / 10, $"subset is {subset.Length} bytes of {Original.Data.Length}");
    }

    [Fact]
    public void The_subset_loads_again_with_the_same_metrics_advances_and_glyph_ids()
    {
        var glyphs = PageGlyphs();
        var reloaded = TrueTypeFont.Load(Sans.Subset(glyphs));

        Assert.Equal(Sans.GlyphCount, reloaded.GlyphCount);
        Assert.Equal(Sans.UnitsPerEm, reloaded.UnitsPerEm);
        Assert.Equal(Sans.Ascender, reloaded.Ascender);
        Assert.Equal(Sans.Descender, reloaded.Descender);
        Assert.Equal(Sans.BoundingBox, reloaded.BoundingBox);
        foreach (var glyph in glyphs.Append((ushort)0))
        {
            Assert.Equal(Sans.AdvanceWidth(glyph), reloaded.AdvanceWidth(glyph));
        }
        // Without cmap, name and post the subset still loads: no characters, default name and post values.
        Assert.Equal(0, reloaded.GlyphId('A'));
        Assert.Equal("Font", reloaded.PostScriptName);
    }

    [Fact]
    public void Kept_glyphs_have_their_original_outline_bytes_and_others_are_empty()
    {
        var glyphs = PageGlyphs();
        var subset = new SfntFile(Sans.Subset(glyphs));
        foreach (var glyph in glyphs.Append((ushort)0))
        {
            // The space has no outline in the original either; every other page glyph has one.
            Assert.Equal(Original.Glyph(glyph), subset.Glyph(glyph));
        }
        Assert.Equal(glyphs.Count - 1, glyphs.Count(g => subset.Glyph(g).Length > 0));
        var kept = WithComponents(glyphs.Append((ushort)0));
        var emptied = Enumerable.Range(0, subset.GlyphCount).Where(g => !kept.Contains(g)).ToList();
        Assert.All(emptied, g => Assert.Empty(subset.Glyph(g)));
        Assert.Contains(Sans.GlyphId('Z'), emptied.Select(g => (ushort)g));
    }

    [Fact]
    public void A_composite_glyph_keeps_its_components()
    {
        var composite = "ÅéäÖ".Select(c => Sans.GlyphId(c)).First(g => Original.IsComposite(g));
        var components = Original.Components(composite);
        Assert.NotEmpty(components);

        var subset = new SfntFile(Sans.Subset([composite]));
        Assert.Equal(Original.Glyph(composite), subset.Glyph(composite));
        foreach (var component in components)
        {
            Assert.NotEmpty(subset.Glyph(component));
            Assert.Equal(Original.Glyph(component), subset.Glyph(component));
        }
    }

    [Fact]
    public void Tables_are_the_embedding_set_sorted_aligned_and_checksummed()
    {
        var subset = new SfntFile(Sans.Subset(PageGlyphs()));
        var tags = subset.Records.Select(r => r.Tag).ToList();
        Assert.Equal(["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"], tags);
        Assert.Equal(tags.OrderBy(t => t, StringComparer.Ordinal), tags);

        // searchRange = 16 * largest power of two <= numTables (8 for 9 tables), entrySelector = log2 of it.
        Assert.Equal(0x00010000u, subset.U32(0));
        Assert.Equal(9, subset.U16(4));
        Assert.Equal(8 * 16, subset.U16(6));
        Assert.Equal(3, subset.U16(8));
        Assert.Equal((9 * 16) - (8 * 16), subset.U16(10));

        var head = subset.Table("head");
        var adjustment = subset.U32(head.Offset + 8);
        foreach (var table in subset.Records)
        {
            Assert.Equal(0, table.Offset % 4);
            Assert.True(table.Offset + table.Length <= subset.Data.Length);
            var sum = subset.Checksum(table.Offset, table.Length);
            // head's checksum is taken with checkSumAdjustment zero.
            Assert.Equal(table.Checksum, table.Tag == "head" ? unchecked(sum - adjustment) : sum);
        }
        Assert.Equal(0xB1B0AFBAu, subset.Checksum(0, subset.Data.Length));
        Assert.Equal(0, subset.Data.Length % 4);
    }

    [Fact]
    public void Hinting_tables_are_copied_unchanged()
    {
        var subset = new SfntFile(Sans.Subset(PageGlyphs()));
        foreach (var tag in new[] { "cvt ", "fpgm", "prep", "maxp" })
        {
            var original = Original.Table(tag);
            var copy = subset.Table(tag);
            Assert.Equal(Original.Data.AsSpan(original.Offset, original.Length).ToArray(), subset.Data.AsSpan(copy.Offset, copy.Length).ToArray());
        }
    }

    [Fact]
    public void Only_notdef_is_kept_when_no_glyphs_are_asked_for()
    {
        var subset = Sans.Subset([]);
        var file = new SfntFile(subset);
        Assert.Equal(Original.Glyph(0), file.Glyph(0));
        Assert.All(Enumerable.Range(1, file.GlyphCount - 1), g => Assert.Empty(file.Glyph(g)));
        Assert.Equal(Sans.AdvanceWidth(0), TrueTypeFont.Load(subset).AdvanceWidth(0));
    }

    [Fact]
    public void The_same_glyphs_give_the_same_bytes_whatever_their_order_or_repetition()
    {
        var glyphs = PageGlyphs();
        var reversed = Enumerable.Reverse(glyphs).Concat(glyphs).ToList();
        Assert.Equal(Sans.Subset(glyphs), Sans.Subset(reversed));
    }

    [Fact]
    public void Glyphs_past_numberOfHMetrics_keep_their_advance()
    {
        // The last glyph takes its advance from the monospaced tail of hmtx.
        var last = (ushort)(Sans.GlyphCount - 1);
        var reloaded = TrueTypeFont.Load(Sans.Subset([last, Sans.GlyphId('W')]));
        Assert.Equal(Sans.AdvanceWidth(last), reloaded.AdvanceWidth(last));
        Assert.Equal(Sans.AdvanceWidth(Sans.GlyphId('W')), reloaded.AdvanceWidth(Sans.GlyphId('W')));
    }

    [Fact]
    public void The_bold_face_subsets_too()
    {
        var bold = TrueTypeFont.Load(Path.Combine(SfntFile.FontDirectory, "DejaVuSans-Bold.ttf"));
        var glyphs = PageText.Select(c => bold.GlyphId(c)).Distinct().ToList();
        var subset = bold.Subset(glyphs);
        var file = new SfntFile(subset);
        Assert.Equal(0xB1B0AFBAu, file.Checksum(0, subset.Length));
        var reloaded = TrueTypeFont.Load(subset);
        Assert.All(glyphs, g => Assert.Equal(bold.AdvanceWidth(g), reloaded.AdvanceWidth(g)));
    }

    [Fact]
    public void A_glyph_id_outside_the_font_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sans.Subset([(ushort)Sans.GlyphCount]));
    }

    /// <summary>The glyphs plus, recursively, the components of composites, read from the original font.</summary>
    private static HashSet<int> WithComponents(IEnumerable<ushort> glyphs)
    {
        var kept = new HashSet<int>();
        var pending = new Stack<int>(glyphs.Select(g => (int)g));
        while (pending.TryPop(out var glyph))
        {
            if (kept.Add(glyph) && Original.IsComposite(glyph))
            {
                Original.Components(glyph).ForEach(pending.Push);
            }
        }
        return kept;
    }
}
