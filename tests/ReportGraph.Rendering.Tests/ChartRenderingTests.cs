using System.Globalization;
using System.Xml.Linq;
using ReportGraph.Abstractions;
using ReportGraph.Rendering.Charts;
using ReportGraph.Rendering.Tests.Support;

namespace ReportGraph.Rendering.Tests;

public class ChartRenderingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Kinds => new() { "line", "bar", "stacked-bar" };

    internal static Chart ChartOf(string kind) => kind switch
    {
        "line" => SampleReports.PayerDrift().Charts[0],
        "bar" => SampleReports.Student().Charts[0],
        _ => SampleReports.TutorWeekly().Charts[0],
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Svg_parses_as_xml_and_has_one_group_per_series(string kind)
    {
        var chart = ChartOf(kind);
        var svg = XDocument.Parse(SvgChart.Render(chart, SampleReports.EnUs));
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Equal(chart.Title, svg.Root.Element(Svg + "title")!.Value);
        var series = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "series").Select(g => (string?)g.Attribute("data-name")).ToList();
        Assert.Equal(chart.Series.Select(s => s.Name), series);
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        Assert.All(chart.Series, s => Assert.Contains(legend.Descendants(Svg + "text"), t => t.Value == s.Name));
        var thresholds = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "threshold").Select(g => (string?)g.Attribute("data-name"));
        Assert.Equal(chart.Thresholds.Select(t => t.Label), thresholds);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Svg_snapshot(string kind) => SvgSnapshotFile.Match($"chart-{kind}.svg", SvgChart.Render(ChartOf(kind), SampleReports.EnUs).Replace("><", ">\n<"));

    [Fact]
    public void Line_svg_draws_a_polyline_per_series_and_skips_missing_points()
    {
        var svg = XDocument.Parse(SvgChart.Render(ChartOf("line"), SampleReports.EnUs));
        var northwind = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-name") == "Northwind Care");
        Assert.Equal(2, northwind.Elements(Svg + "polyline").Count()); // the null in week 5 splits the line
        Assert.Equal(7, northwind.Elements().Count(e => e.Name != Svg + "polyline")); // one marker per value
        var ticks = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "y-axis").Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(["0%", "2%", "4%", "6%", "8%", "10%", "Denial rate"], ticks);
        var xLabels = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "x-axis").Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal("Sep 21", xLabels[0]);
        Assert.Equal("Week starting", xLabels[^1]);
    }

    [Fact]
    public void Svg_encodes_text_from_the_plugin()
    {
        var chart = new Chart { Title = "<script>alert(1)</script> & co", Kind = ChartKind.Bar, Series = [new ChartSeries("A \"quoted\" <b>", [new ChartPoint("x<y", 1)])] };
        var svg = SvgChart.Render(chart, CultureInfo.InvariantCulture);
        Assert.DoesNotContain("<script", svg);
        Assert.DoesNotContain("<b>", svg);
        Assert.Equal("<script>alert(1)</script> & co", XDocument.Parse(svg).Root!.Element(Svg + "title")!.Value);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Email_html_has_no_svg_or_script_and_shows_every_series_and_value(string kind)
    {
        var chart = ChartOf(kind);
        var html = EmailChartHtml.Render(chart, SampleReports.EnUs);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("class=", html);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<table", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(chart.Title), html);
        Assert.All(chart.Series, s => Assert.Contains(System.Net.WebUtility.HtmlEncode(s.Name), html));
        // Balanced tables: every opened table is closed.
        Assert.Equal(CountOf(html, "<table"), CountOf(html, "</table>"));
        Assert.Equal(CountOf(html, "<tr"), CountOf(html, "</tr>"));
        Assert.Equal(CountOf(html, "<td"), CountOf(html, "</td>"));
    }

    [Fact]
    public void Email_html_of_the_drift_chart_flags_values_above_the_threshold()
    {
        var html = EmailChartHtml.Render(ChartOf("line"), SampleReports.EnUs);
        Assert.Contains("Drift threshold: 8.0%", html);
        Assert.Contains("font-weight:bold\">9.7%", html);  // above the threshold: bold red
        Assert.Contains(">4.1%</td>", html);               // below: plain
        Assert.Contains("–", html);                        // the missing Northwind value
    }

    [Fact]
    public void Email_html_of_bars_has_widths_proportional_to_values()
    {
        var chart = new Chart { Title = "Sessions", Kind = ChartKind.Bar, Series = [new ChartSeries("Held", [new ChartPoint("A", 10), new ChartPoint("B", 5)])] };
        var html = EmailChartHtml.Render(chart, CultureInfo.InvariantCulture);
        Assert.Contains("width=\"220\"", html);
        Assert.Contains("width=\"110\"", html);
    }

    [Fact]
    public void Nice_scale_picks_round_ticks()
    {
        Assert.Equal([0, 5, 10, 15, 20, 25], NiceScale.For(0, 23).Ticks);
        Assert.Equal([0, 0.02, 0.04, 0.06, 0.08, 0.1], NiceScale.For(0, 0.097).Ticks);
        Assert.Equal([-20, 0, 20, 40, 60], NiceScale.For(-12, 57).Ticks);
        Assert.Equal([0, 1], NiceScale.For(0, 0).Ticks.Select(t => Math.Round(t, 6)).Where(t => t is 0 or 1).Distinct());
    }

    [Fact]
    public void Chart_with_a_bad_x_value_is_rejected_with_the_chart_named()
    {
        var bad = new Chart { Title = "Bad", Kind = ChartKind.Line, Series = [new ChartSeries("S", [new ChartPoint(new object(), 1)])] };
        var message = Assert.Throws<ArgumentException>(() => EmailChartHtml.Render(bad, CultureInfo.InvariantCulture)).Message;
        Assert.Contains("Chart 'Bad' series 'S'", message);
        Assert.Contains("allowed: string, DateOnly, DateTimeOffset or a number", message);
        var nan = new Chart { Title = "NaN", Kind = ChartKind.Bar, Series = [new ChartSeries("S", [new ChartPoint("a", double.NaN)])] };
        Assert.Contains("not a finite number", Assert.Throws<ArgumentException>(() => SvgChart.Render(nan, CultureInfo.InvariantCulture)).Message);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
