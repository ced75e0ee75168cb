using ReportGraph.Host.Schedules;

namespace ReportGraph.Host.Tests.Deliveries;

public sealed class SubjectTemplateTests
{
    private static readonly SubjectValues Values = new("Weekly tutors", "Tutor weekly report", new DateOnly(2026, 11, 23), "Week 47, 2026", "Ana Lopez");

    [Fact]
    public void Every_placeholder_is_filled_case_insensitively_and_with_spaces_inside_the_braces()
    {
        var subject = SubjectTemplate.Render("{{name}}: {{ REPORT }} for {{period}} on {{date}} to {{Recipient}}", Values);
        Assert.Equal("Weekly tutors: Tutor weekly report for Week 47, 2026 on 2026-11-23 to Ana Lopez", subject);
    }

    [Fact]
    public void A_valid_template_has_no_problems_and_the_known_placeholders_are_listed()
    {
        Assert.Empty(SubjectTemplate.Validate("{{name}} — {{period}}"));
        Assert.Equal(["date", "name", "period", "recipient", "report"], SubjectTemplate.Placeholders.Keys.Order().ToArray());
    }

    [Fact]
    public void An_unknown_placeholder_is_named_in_the_problem_with_the_known_ones()
    {
        var problem = Assert.Single(SubjectTemplate.Validate("{{name}} for {{month}}"));
        Assert.Equal("UNKNOWN_PLACEHOLDER", problem.Code);
        Assert.Contains("{{month}}", problem.Message);
        Assert.Contains("{{period}}", problem.Message);
    }

    [Theory]
    [InlineData("", "REQUIRED")]
    [InlineData("   ", "REQUIRED")]
    [InlineData("Report {{name}", "UNBALANCED_BRACES")]
    [InlineData("Report }} {{ 1 }}", "UNBALANCED_BRACES")]
    [InlineData("Line one\nline two", "LINE_BREAK")]
    public void Broken_templates_are_refused_with_a_code(string template, string code)
    {
        Assert.Contains(SubjectTemplate.Validate(template), p => p.Code == code);
    }

    [Fact]
    public void A_template_longer_than_the_column_is_refused()
    {
        Assert.Contains(SubjectTemplate.Validate(new string('x', 501)), p => p.Code == "TOO_LONG");
    }

    [Fact]
    public void Rendering_never_produces_a_line_break_even_from_values()
    {
        var subject = SubjectTemplate.Render("{{name}}", Values with { ScheduleName = "Evil\r\nBcc: x@example.test" });
        Assert.DoesNotContain('\n', subject);
        Assert.DoesNotContain('\r', subject);
    }
}
