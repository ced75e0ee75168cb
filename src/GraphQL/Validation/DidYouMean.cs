namespace ReportGraph.GraphQL.Validation;

/// <summary>Formats the " Did you mean ...?" tail of messages exactly like graphql-js's <c>didYouMean</c>.</summary>
internal static class DidYouMean
{
    private const int MaxSuggestions = 5;

    /// <summary>" Did you mean "a", "b", or "c"?" — or an empty string when there is nothing to suggest.</summary>
    public static string Format(IReadOnlyList<string> suggestions) => Format(null, suggestions);

    /// <summary>As <see cref="Format(IReadOnlyList{string})"/> with a sub-message, e.g. " Did you mean the enum value "SIT"?"</summary>
    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0) return "";
        var message = subMessage is null ? " Did you mean " : " Did you mean " + subMessage + " ";
        switch (suggestions.Count)
        {
            case 1: return message + Quote(suggestions[0]) + "?";
            case 2: return message + Quote(suggestions[0]) + " or " + Quote(suggestions[1]) + "?";
        }
        int count = Math.Min(suggestions.Count, MaxSuggestions);
        var parts = new List<string>(count - 1);
        for (int i = 0; i < count - 1; i++) parts.Add(Quote(suggestions[i]));
        return message + string.Join(", ", parts) + ", or " + Quote(suggestions[count - 1]) + "?";
    }

    private static string Quote(string s) => "\"" + s + "\"";
}
