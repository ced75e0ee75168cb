using System.Text;
using ReportGraph.Rendering.Pdf.Fonts;

namespace ReportGraph.Rendering.Tests.Fonts;

public class TrueTypeFontLoadFailureTests
{
    private static byte[] DejaVuSans() => File.ReadAllBytes(Path.Combine(SfntFile.FontDirectory, "DejaVuSans.ttf"));

    [Fact]
    public void Random_bytes_are_not_a_TrueType_file()
    {
        var bytes = new byte[4096];
        new Random(20240601).NextBytes(bytes);
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load(bytes));
        Assert.StartsWith("Not a TrueType font file: the sfnt version is 0x", error.Message);
    }

    [Fact]
    public void An_empty_array_is_not_a_TrueType_file()
    {
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load([]));
        Assert.Equal("Not a TrueType font file: 0 byte(s) is shorter than the 12-byte sfnt header.", error.Message);
    }

    [Fact]
    public void A_truncated_font_fails_naming_the_first_table_past_the_end()
    {
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load(DejaVuSans()[..1000]));
        Assert.StartsWith("Truncated TrueType file: table 'head' needs bytes", error.Message);
        Assert.EndsWith("but the file has only 1000 bytes.", error.Message);
    }

    [Fact]
    public void A_font_cut_inside_its_table_directory_is_reported_as_truncated()
    {
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load(DejaVuSans()[..100]));
        Assert.Contains("table directory lists 20 tables", error.Message);
    }

    [Fact]
    public void An_OpenType_font_with_CFF_outlines_is_rejected_as_unsupported()
    {
        var otf = new byte[64];
        Encoding.ASCII.GetBytes("OTTO").CopyTo(otf, 0);
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load(otf));
        Assert.StartsWith("CFF (OTTO) outlines unsupported", error.Message);
    }

    [Fact]
    public void A_font_collection_is_rejected_as_unsupported()
    {
        var ttc = new byte[64];
        Encoding.ASCII.GetBytes("ttcf").CopyTo(ttc, 0);
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load(ttc));
        Assert.Contains("collections", error.Message);
    }

    [Fact]
    public void A_font_without_hmtx_fails_naming_the_missing_table()
    {
        var data = DejaVuSans();
        var file = new SfntFile(data);
        var record = 12 + (16 * file.Records.FindIndex(r => r.Tag == "hmtx"));
        Encoding.ASCII.GetBytes("xxxx").CopyTo(data, record);
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load(data));
        Assert.Equal("Not a usable TrueType font: missing required table 'hmtx'.", error.Message);
    }

    [Fact]
    public void A_table_shorter_than_its_fields_fails_naming_the_table()
    {
        var data = DejaVuSans();
        var file = new SfntFile(data);
        // Shrink hhea's stated length to 20 bytes: numberOfHMetrics (offset 34) is then outside it.
        var record = 12 + (16 * file.Records.FindIndex(r => r.Tag == "hhea"));
        data[record + 12] = 0;
        data[record + 13] = 0;
        data[record + 14] = 0;
        data[record + 15] = 20;
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load(data));
        Assert.StartsWith("Truncated table 'hhea'", error.Message);
    }

    [Fact]
    public void Loading_from_a_path_names_the_file_in_the_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-font-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(path, "<html>this is not a font</html>");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => TrueTypeFont.Load(path));
            Assert.StartsWith(path + ": Not a TrueType font file", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_throws_FileNotFoundException()
    {
        Assert.Throws<FileNotFoundException>(() => TrueTypeFont.Load(Path.Combine(SfntFile.FontDirectory, "NoSuchFont.ttf")));
    }
}
