using System.Text.RegularExpressions;
using ReportGraph.Abstractions;

namespace ReportGraph.Host.Plugins;

/// <summary>Checks what the host relies on in a definition before it is offered to schedules.</summary>
internal static partial class DefinitionProblems
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyPattern();

    /// <summary>The first problem found, or null.</summary>
    public static string? Find(IReportDefinition definition)
    {
        if (string.IsNullOrEmpty(definition.Key) || !KeyPattern().IsMatch(definition.Key))
        {
            return $"Key '{definition.Key}' must be lower-case letters and digits separated by dashes, e.g. 'tutor-weekly'.";
        }

        if (string.IsNullOrWhiteSpace(definition.DisplayName))
        {
            return "DisplayName is empty.";
        }

        if (definition.SupportedFormats is not { Count: > 0 })
        {
            return "SupportedFormats is empty; declare at least one format.";
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in definition.Parameters ?? [])
        {
            if (string.IsNullOrWhiteSpace(p.Name) || !names.Add(p.Name))
            {
                return $"Parameter name '{p.Name}' is empty or declared twice.";
            }

            if (p.Type == ReportParameterType.Choice && p.Choices is not { Count: > 0 })
            {
                return $"Choice parameter '{p.Name}' declares no choices.";
            }
        }

        return null;
    }
}
