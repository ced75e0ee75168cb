using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGraph.Host.Schedules;

/// <summary>A problem of a subject template, for the API's user errors (path <c>subjectTemplate</c>).</summary>
/// <param name="Code">Stable code: <c>REQUIRED</c>, <c>TOO_LONG</c>, <c>UNKNOWN_PLACEHOLDER</c>, <c>UNBALANCED_BRACES</c>, <c>LINE_BREAK</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record SubjectTemplateProblem(string Code, string Message);

/// <summary>The values a subject's placeholders stand for in one email.</summary>
/// <param name="ScheduleName"><c>{{name}}</c></param>
/// <param name="ReportName"><c>{{report}}</c></param>
/// <param name="ScheduledDate"><c>{{date}}</c>, the scheduled date in the schedule's time zone.</param>
/// <param name="PeriodLabel"><c>{{period}}</c></param>
/// <param name="Recipient"><c>{{recipient}}</c>: the recipient's name, or the address when there is none.</param>
public sealed record SubjectValues(string ScheduleName, string ReportName, DateOnly ScheduledDate, string PeriodLabel, string Recipient);

/// <summary>
/// Email subject templates such as <c>"{{name}} — {{period}}"</c>: placeholders in double braces, case-insensitive,
/// spaces inside the braces allowed. Unknown placeholders are refused when the schedule is saved.
/// </summary>
public static partial class SubjectTemplate
{
    /// <summary>Longest template accepted (the schedules column holds 500).</summary>
    public const int MaxLength = 500;

    /// <summary>The placeholders and what they stand for, for the API's descriptions and validation messages.</summary>
    public static IReadOnlyDictionary<string, string> Placeholders { get; } = new Dictionary<string, string>
    {
        ["name"] = "the schedule's name",
        ["report"] = "the report type's name",
        ["date"] = "the scheduled date in the schedule's time zone, yyyy-MM-dd",
        ["period"] = "the reporting period's label, e.g. \"Week 46, 2026\"",
        ["recipient"] = "the recipient's name, or the address when no name is known",
    };

    /// <summary>Every problem of <paramref name="template"/>; empty when it can be used.</summary>
    public static IReadOnlyList<SubjectTemplateProblem> Validate(string? template)
    {
        var problems = new List<SubjectTemplateProblem>();
        if (string.IsNullOrWhiteSpace(template))
        {
            problems.Add(new("REQUIRED", "The subject template is required, e.g. \"{{name}} — {{period}}\"."));
            return problems;
        }

        if (template.Length > MaxLength)
        {
            problems.Add(new("TOO_LONG", $"The subject template has {template.Length} characters; at most {MaxLength} are allowed."));
        }

        if (template.Contains('\r') || template.Contains('\n'))
        {
            problems.Add(new("LINE_BREAK", "The subject template must be a single line."));
        }

        foreach (Match match in PlaceholderPattern().Matches(template))
        {
            var name = match.Groups["name"].Value;
            if (!Placeholders.ContainsKey(name.ToLowerInvariant()))
            {
                problems.Add(new("UNKNOWN_PLACEHOLDER",
                    $"Unknown placeholder {{{{{name}}}}}; known placeholders are {KnownList()}."));
            }
        }

        var rest = PlaceholderPattern().Replace(template, string.Empty);
        if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
        {
            problems.Add(new("UNBALANCED_BRACES",
                $"The subject template has \"{{{{\" or \"}}}}\" that do not form a placeholder; write placeholders as {{{{name}}}} with one of {KnownList()}."));
        }

        return problems;
    }

    /// <summary>
    /// Fills the placeholders. A template that does not validate is still rendered (unknown placeholders kept as
    /// written) so that an old schedule never blocks a run; line breaks become spaces.
    /// </summary>
    public static string Render(string template, SubjectValues values)
    {
        var subject = PlaceholderPattern().Replace(template, match => match.Groups["name"].Value.ToLowerInvariant() switch
        {
            "name" => values.ScheduleName,
            "report" => values.ReportName,
            "date" => values.ScheduledDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "period" => values.PeriodLabel,
            "recipient" => values.Recipient,
            _ => match.Value,
        });
        var single = new StringBuilder(subject.Length);
        foreach (var c in subject)
        {
            single.Append(char.IsControl(c) ? ' ' : c);
        }

        return single.ToString().Trim();
    }

    private static string KnownList() => string.Join(", ", Placeholders.Keys.Select(k => "{{" + k + "}}"));

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceholderPattern();
}
