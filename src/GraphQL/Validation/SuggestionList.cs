namespace ReportGraph.GraphQL.Validation;

/// <summary>
/// Picks the options closest to a mistyped name, ordered by edit distance then natural order — the same list
/// graphql-js's <c>suggestionList</c> gives, so "Did you mean" hints match the reference implementation.
/// </summary>
internal static class SuggestionList
{
    /// <summary>The options within 40% (+1) edits of <paramref name="input"/>, best first.</summary>
    public static List<string> Find(string input, IEnumerable<string> options)
    {
        var found = new List<(string Option, int Distance)>();
        var distance = new LexicalDistance(input);
        int threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option)) continue;
            var d = distance.Measure(option, threshold);
            if (d is { } value) found.Add((option, value));
        }
        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found) result.Add(option);
        return result;
    }

    /// <summary>Compares strings treating digit runs as numbers ("a2" before "a10"), like graphql-js naturalCompare.</summary>
    internal static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            char ac = a[ai], bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0;
                do { ai++; an = an * 10 + (ac - '0'); ac = ai < a.Length ? a[ai] : '\0'; } while (char.IsAsciiDigit(ac) && an > 0);
                long bn = 0;
                do { bi++; bn = bn * 10 + (bc - '0'); bc = bi < b.Length ? b[bi] : '\0'; } while (char.IsAsciiDigit(bc) && bn > 0);
                if (an != bn) return an < bn ? -1 : 1;
            }
            else
            {
                if (ac != bc) return ac < bc ? -1 : 1;
                ai++;
                bi++;
            }
        }
        return a.Length - b.Length;
    }

    /// <summary>Damerau-Levenshtein distance where a change of case alone counts as one edit.</summary>
    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLower;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLower = input.ToLowerInvariant();
            _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        }

        public int? Measure(string option, int threshold)
        {
            if (_input == option) return 0;
            var optionLower = option.ToLowerInvariant();
            if (_inputLower == optionLower) return 1;

            string a = optionLower, b = _inputLower;
            if (a.Length < b.Length) (a, b) = (b, a);
            int aLength = a.Length, bLength = b.Length;
            if (aLength - bLength > threshold) return null;

            var rows = _rows;
            for (int j = 0; j <= bLength; j++) rows[0][j] = j;
            for (int i = 1; i <= aLength; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                int smallest = current[0] = i;
                for (int j = 1; j <= bLength; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    if (cell < smallest) smallest = cell;
                    current[j] = cell;
                }
                if (smallest > threshold) return null;
            }
            int distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : null;
        }
    }
}
