namespace ReportGraph.GraphQL.Types;

/// <summary>"Did you mean …?" hints like graphql-js's <c>suggestionList</c> and <c>didYouMean</c>.</summary>
public static class Suggestions
{
    /// <summary>Options close to the input, best first (lexical distance within 40% of the input length + 1).</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>();
        int threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            int distance = string.Equals(input, option, StringComparison.OrdinalIgnoreCase) ? 1 : Distance(input, option);
            if (distance <= threshold) distances[option] = distance;
        }
        return distances.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
    }

    /// <summary>Formats suggestions: <c> Did you mean "a", "b", or "c"?</c> (at most five), or empty.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return "";
        var quoted = suggestions.Take(5).Select(s => "\"" + s + "\"").ToList();
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    // Damerau-Levenshtein (optimal string alignment) on case-insensitive input, as graphql-js LexicalDistance.
    private static int Distance(string a, string b)
    {
        if (a == b) return 0;
        var x = a.ToLowerInvariant();
        var y = b.ToLowerInvariant();
        if (x == y) return 1;
        var d = new int[x.Length + 1, y.Length + 1];
        for (int i = 0; i <= x.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= y.Length; j++) d[0, j] = j;
        for (int i = 1; i <= x.Length; i++)
        {
            for (int j = 1; j <= y.Length; j++)
            {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
            }
        }
        return d[x.Length, y.Length];
    }
}
