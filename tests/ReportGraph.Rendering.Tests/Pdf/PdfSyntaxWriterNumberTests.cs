using System.Globalization;
using System.Text;
using ReportGraph.Rendering.Pdf.Writing;

namespace ReportGraph.Rendering.Tests.Pdf;

/// <summary>
/// Real numbers in a PDF (§7.3.3): at most three decimals, no exponent, no "-0", exactly the text the invariant
/// culture's "0.###" gives for the value rounded to thousandths, which the writer used to call for every number.
/// </summary>
public sealed class PdfSyntaxWriterNumberTests
{
    public static TheoryData<double, string> Written => new()
    {
        { 0, "0" },
        { -0.0, "0" },
        { 0.0004, "0" },
        { -0.0004, "0" },
        { 0.0006, "0.001" },
        { 0.05, "0.05" },
        { 0.5, "0.5" },
        { -12.5, "-12.5" },
        { 1.0 / 3, "0.333" },
        { 595.2756, "595.276" },
        { 841.89, "841.89" },
        { 100, "100" },
        { 0.007, "0.007" },
        { 999_999_999.999, "999999999.999" },
        { 1e9, "1000000000" },
        { -2.5e12, "-2500000000000" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void A_number_is_written_with_at_most_three_decimals_and_no_exponent(double value, string expected)
    {
        Assert.Equal(expected + " ", Write(value));
    }

    [Fact]
    public void Every_number_reads_as_the_general_formatter_writes_it()
    {
        var random = new Random(17);
        var mismatches = new List<string>();
        for (var i = 0; i < 200_000; i++)
        {
            // Page coordinates, font sizes and colour components, and halves of thousandths (rounded to even).
            var value = (i % 4) switch
            {
                0 => (random.NextDouble() - 0.5) * 2_000,
                1 => random.NextDouble(),
                2 => Math.Round((random.NextDouble() - 0.5) * 20_000, 4),
                _ => (random.Next(-2_000_000, 2_000_000) + 0.5) / 1000,
            };
            var expected = General(value);
            var written = Write(value);
            if (written != expected)
            {
                mismatches.Add($"{value:R}: {written} instead of {expected}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_number_that_is_not_finite_is_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfSyntaxWriter().Number(value));
    }

    private static string Write(double value) => Encoding.ASCII.GetString(new PdfSyntaxWriter().Number(value).Written);

    private static string General(double value)
    {
        var rounded = Math.Round(value, 3);
        return (rounded == 0 ? 0 : rounded).ToString("0.###", CultureInfo.InvariantCulture) + " ";
    }
}
